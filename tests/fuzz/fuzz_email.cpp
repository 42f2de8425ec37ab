// Reading a saved email (any bytes named .eml) must never crash, and what it takes is bounded:
// at most email_max_spreadsheets attachments, each named like a submission, shown within
// email_name_max_bytes, whose safe file name never leaves the folder; a damaged one carries no
// bytes; a Date is one the strict reader gives back as it reads it, and the pull's verdict on it
// keeps only a Date it can read again.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/file_format.hpp"
#include "core/mail_fields.hpp"
#include "core/received_email.hpp"
#include "core/received_email_date.hpp"
#include "email/read_email.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kinerja::core;
  using kinerja::email::read_email;
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
    if (file.name.size() > email_name_max_bytes || has_control_character(file.name)) std::abort();
    if (!file.damage.empty() && !file.bytes.empty()) std::abort();
    const std::string safe = safe_file_name(file.name, ++n);
    if (safe.empty() || safe.find('/') != std::string::npos || safe.find('\\') != std::string::npos ||
        safe.front() == '.' || safe.size() > 120) {
      std::abort();
    }
  }
  for (const std::string& name : email.other_attachments) {
    if (name.size() > email_name_max_bytes || has_control_character(name)) std::abort();
  }
  if (attachment_list(email.other_attachments).size() > email_names_listed * (email_name_max_bytes + 2) + 40) std::abort();
  if (email.date) {
    if (parse_email_date(email.date_text).has_value() == false) std::abort();
    const auto again = parse_timestamp_text(timestamp_text(*email.date));
    if (!again || utc_seconds(*again) != utc_seconds(*email.date)) std::abort();
  }
  const EmailDateVerdict verdict =
      judge_email_date(email.date_text, 2023, 2, 0, "2023-07-12 09:30:05", 1689129005, "surel.eml");
  if (!verdict.sent_at.empty() && (!parse_timestamp_text(verdict.sent_at) || verdict.warning)) std::abort();
  if (verdict.warning && has_control_character(verdict.warning->message)) std::abort();
  return 0;
}
