// Before a command opens a master to write it: the office's lock file next to it
// (".~lock.<name>#") says whether someone has it open. A lock left by a Kinerja run that has
// ended (its profile is gone: interrupted, crashed) is removed, and so is an empty one (an
// office ended between creating its lock and writing it: a live office writes the lock as it
// creates it); a live one stops the command with who holds the master and since when.
#pragma once

#include <filesystem>

namespace kinerja::office {

// Throws OfficeError naming the holder when the master is locked by a live office.
void clear_stale_lock_or_throw(const std::filesystem::path& master);

}  // namespace kinerja::office
