// Reading a saved email (any bytes named .eml) must never crash, and what it takes is bounded:
// at most email_max_spreadsheets attachments, each named like a submission, whose safe file
// name never leaves the folder.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/file_format.hpp"
#include "core/received_email.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kinerja::core;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const EmailReading reading = read_email(bytes);
  if (!reading.email) {
    if (reading.error.empty()) std::abort();
    return 0;
  }
  const ReceivedEmail& email = *reading.email;
  if (static_cast<int>(email.spreadsheets.size()) > email_max_spreadsheets) std::abort();
  int n = 0;
  for (const EmailAttachmentFile& file : email.spreadsheets) {
    if (!is_submission_file_name(file.name)) std::abort();
    const std::string safe = safe_file_name(file.name, ++n);
    if (safe.empty() || safe.find('/') != std::string::npos || safe.find('\\') != std::string::npos ||
        safe.front() == '.' || safe.size() > 120) {
      std::abort();
    }
  }
  return 0;
}
