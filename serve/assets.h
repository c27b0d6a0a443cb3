// The page's assets, built into news-serve (no CDN, no file read at run time: it works offline and
// serves nothing from outside them).
#pragma once

#include <optional>
#include <string_view>

namespace news::serve {

struct Asset {
  std::string_view content_type;
  std::string_view body;
};

// The asset served at `path` ("/assets/style.css"), or nothing.
std::optional<Asset> find_asset(std::string_view path);

}  // namespace news::serve
