#include "core/file_format.hpp"

#include "core/text.hpp"

namespace kinerja::core {

std::vector<FileFormat> parse_formats(std::string_view text) {
  const std::string folded = fold(text);
  std::vector<FileFormat> formats;
  if (folded == "ods" || folded == "both") formats.push_back(FileFormat::ods);
  if (folded == "xlsx" || folded == "both") formats.push_back(FileFormat::xlsx);
  return formats;
}

std::string_view extension_of(FileFormat format) { return format == FileFormat::ods ? "ods" : "xlsx"; }

}  // namespace kinerja::core
