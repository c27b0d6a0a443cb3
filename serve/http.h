// A request and a response as news-serve's handlers see them, apart from the HTTP library
// (serve/server.h adapts cpp-httplib's), so that every route can be tested without a socket.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace news::serve {

// URL parameters in the order given; a name may repeat (facet=speaker&facet=year).
using Params = std::vector<std::pair<std::string, std::string>>;

struct HttpRequest {
  std::string method;  // "GET" or "HEAD": the server answers others with 405 before routing
  std::string path;    // decoded, without the query string
  Params params;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // beyond the ones every answer has
};

// The first value of parameter `name`, or "" when absent.
std::string param(const Params& params, std::string_view name);

// Every value of parameter `name`, in order.
std::vector<std::string> params_named(const Params& params, std::string_view name);

}  // namespace news::serve
