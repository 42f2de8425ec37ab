// The master workbook's Pengaturan sheet: the agency's details for the reports and forms,
// and the rules it has chosen (negative method, rating scale, thresholds). Written as rows of
// (label, value) and a rating table; read back by label, so staff may move rows around.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.hpp"
#include "core/grid.hpp"
#include "core/problem.hpp"
#include "core/settings.hpp"

namespace kinerja::core {

// The years a master may be made for.
inline constexpr int first_year = 1900;
inline constexpr int last_year = 2200;
constexpr bool valid_year(int year) { return year >= first_year && year <= last_year; }

// The agency a master names when none is given.
inline constexpr std::string_view default_agency = "Satuan Polisi Pamong Praja";

struct MasterInfo {
  std::string agency{default_agency};
  int year = 0;
  std::string place;
  std::string signatory_name;
  std::string signatory_nip;
  std::string signatory_title = "Kepala Satuan";
  int due_days = 10;  // forms are due this many days after the quarter ends
  int current_quarter = 0;  // the quarter being collected (1-4); 0: the last one that ended
};

// The quarter the menu commands work on: the master's "Triwulan Berjalan", or else the
// last quarter of the master's year that ended before `today`: TW IV once that year is over
// (a 2023 master in 2026), TW I before any of its quarters ended (January-March of that
// year, or an earlier year).
int working_quarter(const MasterInfo& info, const Date& today);

// Who in a bidang receives its forms by email, and how the message greets them.
struct DivisionContact {
  std::string division;
  std::string name;
  std::string email;
  std::string name_cell = {}, email_cell = {};  // where they were read ("Pengaturan!B25"), for messages
  // The warning that left a cell of it out (an address outside the grammar, a name with a
  // control character): no message goes to this contact until it is put right.
  std::optional<Problem> refused = std::nullopt;
};

struct MasterSettings {
  MasterInfo info;
  Settings rules;
  std::vector<DivisionContact> contacts;  // Pengaturan's Kontak Bidang table, in its order
};

// The contact of a bidang (letter case aside), or nullptr.
const DivisionContact* contact_of(const MasterSettings& settings, std::string_view division);

// The Pengaturan sheet's content, from A1.
Grid settings_grid(const MasterSettings& settings);

struct SettingsReading {
  MasterSettings settings;
  std::vector<Problem> problems;
  std::string agency_cell;  // where the agency and the year were read ("Pengaturan!B2")
  std::string year_cell;
};

// Reads the sheet written by settings_grid (and edited by people). Unknown or empty values
// keep their defaults, with a problem where a value is unusable. A control character in the
// agency (it reaches email headers) is an error for its cell. A Kontak Bidang address outside
// the grammar of core/mail_fields.hpp, or a control character in a contact's bidang or name, is
// a warning for its cell: the value is left out and the contact `refused` (its bidang's
// messages are not made), while every other command goes on.
SettingsReading read_settings(const Grid& grid);

}  // namespace kinerja::core
