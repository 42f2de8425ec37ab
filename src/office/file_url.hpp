// file:/// URLs of local paths, percent-encoded, as the office API wants them.
#pragma once

#include <filesystem>
#include <string>

namespace kinerja::office {

std::string file_url(const std::filesystem::path& path);

// The local path of a file:/// URL, percent-decoded; empty for anything else.
std::filesystem::path path_of_file_url(const std::string& url);

}  // namespace kinerja::office
