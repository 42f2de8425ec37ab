#include "core/office_lock.hpp"

#include <vector>

namespace kinerja::core {

std::optional<OfficeLock> parse_office_lock(std::string_view text) {
  std::vector<std::string> fields(1);
  bool ended = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (ended) {
      if (c != '\n' && c != '\r') return std::nullopt;  // nothing but a line end after ';'
      continue;
    }
    if (c == '\\' && i + 1 < text.size()) {
      fields.back() += text[++i];
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c == ';') {
      ended = true;
    } else if (c == '\n' || c == '\r' || c == '\0') {
      return std::nullopt;
    } else {
      fields.back() += c;
    }
  }
  if (!ended || fields.size() != 5) return std::nullopt;
  return OfficeLock{fields[0], fields[1], fields[2], fields[3], fields[4]};
}

std::string describe_holder(const OfficeLock& lock) {
  std::string who = !lock.user_name.empty() ? lock.user_name : lock.system_user;
  if (who.empty()) who = "pengguna lain";
  if (!lock.host.empty()) who += " (komputer " + lock.host + ")";
  if (!lock.since.empty()) who += " sejak " + lock.since;
  return who;
}

}  // namespace kinerja::core
