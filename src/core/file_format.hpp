// The spreadsheet formats Kinerja writes forms and copies in, as the CLI and the menu name them.
#pragma once

#include <string_view>
#include <vector>

namespace kinerja::core {

enum class FileFormat { ods, xlsx };

// "ods", "xlsx", "both" (case-insensitive) -> the formats; empty for anything else.
std::vector<FileFormat> parse_formats(std::string_view text);

// "ods" / "xlsx": the file name extension, without the dot.
std::string_view extension_of(FileFormat format);

// Whether a file of this name is read as a submission: .ods, .xlsx, .xls, .fods or .csv (any
// letter case).
bool is_submission_file_name(std::string_view name);

// Whether it is a saved email (.eml) whose attachments are the submissions.
bool is_email_file_name(std::string_view name);

}  // namespace kinerja::core
