// The Kinerja menu's commands and the sentences the menu itself says, in Indonesian and
// English: the titles are those of extension/Addons.xcu (a unit test keeps the two in step),
// so a message names a command as the user sees it in the menu, never by its internal name.
#pragma once

#include <span>
#include <string_view>

#include "core/language.hpp"

namespace kinerja::core {

struct MenuCommandInfo {
  std::string_view path;   // org.kinerja:<path>
  LocalizedText title;     // as in the menu, without the "..." of a command that asks
  bool asks = false;       // opens a dialog first: the menu shows "..." after its title
  bool needs_master = true;  // runs on an open master workbook only
};

std::span<const MenuCommandInfo> menu_commands();
const MenuCommandInfo* find_menu_command(std::string_view path);

namespace menu_text {
inline constexpr LocalizedText not_a_master{
    "Ini bukan buku induk Kinerja: buka buku induk atau buat lewat Buku Induk Baru.",
    "This is not a Kinerja master workbook: open one, or make one with New Master Workbook."};
inline constexpr LocalizedText unknown_command{"Perintah Kinerja tidak dikenal", "Unknown Kinerja command"};
inline constexpr LocalizedText failed{"gagal", "failed"};
inline constexpr LocalizedText internal_error{"galat internal", "internal error"};
}  // namespace menu_text

}  // namespace kinerja::core
