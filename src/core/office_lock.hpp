// The lock file LibreOffice writes next to a document it has open for editing
// (".~lock.<name>#"): who, on which computer, since when, with which profile. Read to tell the
// staff who holds a master, and to recognise a lock left behind by a Kinerja run that ended.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kinerja::core {

struct OfficeLock {
  std::string user_name;    // as set in the office's options (often empty)
  std::string system_user;  // the login name
  std::string host;
  std::string since;        // "03.12.2026 09:07", as the office writes it
  std::string profile_url;  // the profile of the office that holds the lock
};

// "<user>,<login>,<host>,<dd.mm.yyyy hh:mm>,<profile url>;" with '\' escaping ',' ';' '\';
// nullopt when the text is not such a line.
std::optional<OfficeLock> parse_office_lock(std::string_view text);

// "root (komputer vm) sejak 03.12.2026 09:07": who holds it, for messages.
std::string describe_holder(const OfficeLock& lock);

}  // namespace kinerja::core
