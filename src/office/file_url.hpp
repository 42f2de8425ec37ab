// file:/// URLs of local paths, percent-encoded, as the office API wants them.
#pragma once

#include <filesystem>
#include <string>

namespace kinerja::office {

std::string file_url(const std::filesystem::path& path);

}  // namespace kinerja::office
