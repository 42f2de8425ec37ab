#include "core/mail_fields.hpp"

namespace kinerja::core {
namespace {

bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool digit(char c) { return c >= '0' && c <= '9'; }

// The local part's characters besides letters, digits and dots (RFC 5322 atext without ' & ?).
bool local_symbol(char c) {
  return std::string_view("!#$%*+-/=^_`{|}~").find(c) != std::string_view::npos;
}

// Dot-separated runs of `allowed` characters, none empty.
template <typename Allowed>
bool dot_separated(std::string_view text, Allowed allowed) {
  if (text.empty() || text.front() == '.' || text.back() == '.') return false;
  char previous = '\0';
  for (char c : text) {
    if (c == '.') {
      if (previous == '.') return false;
    } else if (!allowed(c)) {
      return false;
    }
    previous = c;
  }
  return true;
}

bool domain_label(std::string_view label, bool last) {
  if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
  for (char c : label) {
    if (!(letter(c) || (!last && (digit(c) || c == '-')))) return false;
  }
  return true;
}

// The length of the control character at `text[i]`, 0 when there is none.
std::size_t control_at(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
  const unsigned c = byte(i);
  if (c < 0x20 || c == 0x7F) return 1;
  if (c == 0xC2 && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9F) return 2;                   // C1, NEL among them
  if (c == 0xE2 && byte(i + 1) == 0x80 && (byte(i + 2) == 0xA8 || byte(i + 2) == 0xA9)) return 3;  // U+2028, U+2029
  return 0;
}

}  // namespace

bool valid_email_address(std::string_view address) {
  if (address.size() > 254) return false;
  const std::size_t at = address.find('@');
  if (at == std::string_view::npos) return false;
  const std::string_view local = address.substr(0, at);
  const std::string_view domain = address.substr(at + 1);
  if (local.size() > 64) return false;
  if (!dot_separated(local, [](char c) { return letter(c) || digit(c) || local_symbol(c); })) return false;
  if (!dot_separated(domain, [](char c) { return letter(c) || digit(c) || c == '-'; })) return false;
  std::size_t labels = 0;
  for (std::size_t start = 0; start <= domain.size();) {
    const std::size_t dot = domain.find('.', start);
    const std::size_t end = dot == std::string_view::npos ? domain.size() : dot;
    if (!domain_label(domain.substr(start, end - start), dot == std::string_view::npos)) return false;
    ++labels;
    start = end + 1;
  }
  return labels >= 2;
}

bool has_control_character(std::string_view text, std::string_view allowed) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (control_at(text, i) > 0 && allowed.find(text[i]) == std::string_view::npos) return true;
  }
  return false;
}

std::string visible_text(std::string_view text, std::size_t limit) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::string shown;
    if (const std::size_t control = control_at(text, i); control > 0) {
      shown = text[i] == '\n' || text[i] == '\r' ? "↵" : "�";
      i += control;
    } else {
      std::size_t length = 1;  // a UTF-8 character: its lead byte and continuation bytes
      while (i + length < text.size() && (static_cast<unsigned char>(text[i + length]) & 0xC0) == 0x80) ++length;
      shown = text.substr(i, length);
      i += length;
    }
    if (out.size() + shown.size() > limit) return out + "…";
    out += shown;
  }
  return out;
}

std::optional<Problem> header_text_problem(std::string_view what, std::string_view text, const std::string& where) {
  if (!has_control_character(text)) return std::nullopt;
  return Problem{Severity::error,
                 std::string(what) + " berisi baris baru atau karakter kendali lain (\"" + visible_text(text) +
                     "\"): tulis dalam satu baris tanpa karakter kendali; teks ini masuk ke kepala surel.",
                 where, {}};
}

}  // namespace kinerja::core
