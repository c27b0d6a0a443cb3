// The saved HTML pages the bench tools read (html-speed, html-parser-check): files named on the
// command line, and the *.html and *.htm files below directories named there.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace news::bench {

// True when the file name ends in .html or .htm, in any case.
bool is_html_name(const std::filesystem::path& path);

// The files named, and the HTML files below the directories named (walked recursively), each
// directory's sorted by the bytes of the path (as readability_speed.py sorts) so that every run
// reads the pages in the same order. Throws std::runtime_error when a directory cannot be walked.
std::vector<std::filesystem::path> list_html_files(const std::vector<std::filesystem::path>& paths);

// The file's bytes. Throws std::runtime_error when it cannot be opened or read.
std::string load_file(const std::filesystem::path& path);

}  // namespace news::bench
