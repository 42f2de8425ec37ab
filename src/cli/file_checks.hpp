// The files a command reads and writes: the master must exist and be free (a lock left by an
// ended Kinerja run is cleared; a live one is named); outputs never replace an existing file
// unless told to (--force), never the master itself, and are never written through a symbolic
// link unless told to (--force: then to the file it points at).
#pragma once

#include <filesystem>
#include <string>

namespace kinerja::cli {

// Throws Failure when the master is missing, OfficeError when someone has it open. Remembers
// the master as it is now, for master_state_note().
void check_master(const std::filesystem::path& master);

// Where to write the output `target` (named by `option` in messages): `target` itself, or with
// `force` the file a symbolic link there points at. Throws Failure when `target` exists and
// `force` is false, when it is the master itself, when it is a symbolic link (even one to
// nothing) and `force` is false, or when the folder the link points into does not exist.
std::filesystem::path check_output_target(const std::filesystem::path& target, const std::filesystem::path& master,
                                          bool force, const char* option);

// A new master that `init` makes at `target`: throws Failure when anything is there, a
// symbolic link (even one to nothing) included. Remembers it, for master_state_note().
void check_new_master(const std::filesystem::path& target, const char* option);

// What became of the master of this run, for a run that was interrupted or lost its office:
// "buku induk X tidak berubah", "buku induk X sudah tersimpan (isi sebelumnya: X.bak)",
// "buku induk X belum dibuat", "buku induk X sudah dibuat"; empty when the command has none.
std::string master_state_note();

}  // namespace kinerja::cli
