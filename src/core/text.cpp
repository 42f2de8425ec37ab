#include "core/text.hpp"

#include <algorithm>

namespace kinerja::core {
namespace {

constexpr std::string_view no_break_space = "\xC2\xA0";

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

std::string_view trim(std::string_view text) {
  for (;;) {
    if (!text.empty() && is_space(text.front())) {
      text.remove_prefix(1);
    } else if (text.starts_with(no_break_space)) {
      text.remove_prefix(no_break_space.size());
    } else {
      break;
    }
  }
  for (;;) {
    if (!text.empty() && is_space(text.back())) {
      text.remove_suffix(1);
    } else if (text.ends_with(no_break_space)) {
      text.remove_suffix(no_break_space.size());
    } else {
      break;
    }
  }
  return text;
}

std::string to_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string code_key(std::string_view code) {
  std::string out(trim(code));
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool nbsp = text.substr(i).starts_with(no_break_space);
    if (is_space(c) || c == '_' || nbsp) {
      pending_space = !out.empty();
      if (nbsp) ++i;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

std::size_t longest_word(std::string_view text) {
  std::size_t longest = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(' ', start), text.size());
    longest = std::max(longest, end - start);
    start = end + 1;
  }
  return longest;
}

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

// The code point of the UTF-8 sequence at `text[i]` and its length; nullopt for bytes that are
// no UTF-8 (a stray continuation byte, a cut or overlong sequence, a surrogate).
struct Decoded {
  char32_t code = 0;
  std::size_t length = 1;
  bool valid = false;
};

Decoded decode_at(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return {lead, 1, true};
  std::size_t length = 0;
  char32_t code = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
    code = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    code = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    code = lead & 0x07;
  } else {
    return {};
  }
  if (i + length > text.size()) return {};
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return {};
    code = (code << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code < smallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return {};
  return {code, length, true};
}

// Characters that may not be stored: controls but LF (a tab is made a space before this is
// asked), DEL and C1, the two non-characters XML forbids, and the bidirectional controls that
// reorder the text around them.
bool is_unstorable(char32_t c) {
  if (c < 0x20) return c != '\n';
  if (c >= 0x7F && c <= 0x9F) return true;
  if (c == 0xFFFE || c == 0xFFFF) return true;
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

}  // namespace

StorableText storable_text(std::string_view text) {
  StorableText out;
  out.text.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const Decoded d = decode_at(text, i);
    if (!d.valid) {
      out.text += replacement;
      out.changed = true;
      ++i;
      continue;
    }
    if (d.code == '\r') {
      out.text += '\n';
      i += (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (d.code == 0x0B || d.code == 0x0C || d.code == 0x85 || d.code == '\t') {
      // Vertical tab, form feed, NEL: line breaks. A tab: LibreOffice's .ods drops it, so a space.
      out.text += d.code == '\t' ? ' ' : '\n';
      out.changed = true;
      i += d.length;
      continue;
    }
    if (is_unstorable(d.code)) {
      out.changed = true;
    } else {
      out.text.append(text.substr(i, d.length));
    }
    i += d.length;
  }
  return out;
}

std::string shown_name(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (std::size_t i = 0; i < name.size();) {
    const Decoded d = decode_at(name, i);
    if (!d.valid || d.code == '\t' || d.code == '\n' || d.code == '\r' || is_unstorable(d.code)) {
      out += replacement;
    } else {
      out.append(name.substr(i, d.length));
    }
    i += d.valid ? d.length : 1;
  }
  return out;
}

}  // namespace kinerja::core
