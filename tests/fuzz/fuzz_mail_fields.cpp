// The texts of email headers, any bytes: an address the strict grammar takes holds nothing but
// its characters; a Date the strict reader takes is a real moment it writes back the same; a
// message whose recipient's name and subject are those bytes has one header per line (no Bcc,
// no second To or Subject, continuation lines only folded words); plain mail has no control
// character but newline and tab; whole base64 is whole by its own rule.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/base64.hpp"
#include "core/email.hpp"
#include "core/mail_fields.hpp"
#include "core/received_email_date.hpp"

namespace {

using namespace kinerja::core;

void check_address(std::string_view text) {
  if (!valid_email_address(text)) return;
  if (text.size() > 254 || text.find('@') != text.rfind('@')) std::abort();
  for (char c : text) {
    const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                         std::string_view("!#$%*+-/=^_`{|}~.@").find(c) != std::string_view::npos;
    if (!allowed) std::abort();
  }
}

void check_date(std::string_view text) {
  const auto date = parse_email_date(text);
  if (!date) return;
  if (date->day.month < 1 || date->day.month > 12 || date->day.day < 1 || date->day.day > 31 || date->hour > 23 ||
      date->minute > 59 || date->second > 60 || date->offset_minutes > email_max_offset_minutes ||
      date->offset_minutes < -email_max_offset_minutes) {
    std::abort();
  }
  const auto again = parse_timestamp_text(timestamp_text(*date));
  if (!again || utc_seconds(*again) != utc_seconds(*date)) std::abort();
}

void check_headers(const std::string& text) {
  Email email;
  email.to_name = text;
  email.to_address = "ani@contoh.go.id";
  email.subject = text;
  email.body = text;
  const std::string eml = eml_text(email);
  int to = 0, subject = 0;
  for (std::size_t start = 0;;) {
    const std::size_t end = eml.find("\r\n", start);
    if (end == std::string::npos) std::abort();
    if (end == start) break;  // the headers' end
    const std::string_view line(eml.data() + start, end - start);
    if (line.find('\r') != std::string_view::npos || line.find('\n') != std::string_view::npos) std::abort();
    if (line.starts_with(" ")) {
      if (!line.starts_with(" =?UTF-8?B?")) std::abort();  // only folded encoded words continue a header
    } else if (line.starts_with("To: ")) {
      ++to;
    } else if (line.starts_with("Subject: ")) {
      ++subject;
    } else if (!line.starts_with("Date: ") && !line.starts_with("MIME-Version: ") && !line.starts_with("X-Unsent: ") &&
               !line.starts_with("Content-Type: ")) {
      std::abort();
    }
    start = end + 2;
  }
  if (to != 1 || subject != 1) std::abort();
  if (const auto plain = plain_mail(email)) {
    if (has_control_character(plain->subject) || has_control_character(plain->body, "\n\t")) std::abort();
    if (plain->subject.find('\'') != std::string::npos || plain->body.find('\'') != std::string::npos) std::abort();
  }
}

void check_base64(std::string_view text) {
  if (base64_intact(text) && base64_intact(std::string(text) + "A")) std::abort();  // one more breaks the groups
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  check_address(text);
  check_date(text);
  check_headers(text);
  check_base64(text);
  if (has_control_character(visible_text(text, std::string::npos))) std::abort();
  return 0;
}
