// The local date and time, and who is working, as the master's logs write them.
#pragma once

#include <string>

#include "core/dates.hpp"

namespace kinerja::uno {

core::Date today();
std::string now_text();  // "2023-07-12 09:30:05"
std::string user_name();  // the operating system's login name

}  // namespace kinerja::uno
