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

namespace {

std::string extension_folded(std::string_view name) {
  const std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) return {};
  return fold(name.substr(dot + 1));
}

}  // namespace

bool is_submission_file_name(std::string_view name) {
  const std::string extension = extension_folded(name);
  return extension == "ods" || extension == "xlsx" || extension == "xls" || extension == "fods" || extension == "csv";
}

bool is_email_file_name(std::string_view name) { return extension_folded(name) == "eml"; }

}  // namespace kinerja::core
