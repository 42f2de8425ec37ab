// Earlier years (Riwayat): per indicator and year the annual target, realisasi and capaian,
// taken from that year's master (by that year's agreement and rules) or typed in by hand on
// the Riwayat sheet; matched to this year's indicators by code (docs/rules.md "History").
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/actuals.hpp"
#include "core/agreement.hpp"
#include "core/grid.hpp"
#include "core/master_settings.hpp"
#include "core/problem.hpp"

namespace kinerja::core {

struct HistoryRecord {
  std::string code;
  std::string indicator;  // the indicator's name in that year
  int year = 0;
  std::optional<double> target;       // annual target
  std::optional<double> actual;       // annual realisasi, by that year's aggregation
  std::optional<double> achievement;  // by that year's rules; typed rows may leave it empty
  std::string source;                 // the master's file name, or typed_history_source
};

// The Sumber of a row typed on Riwayat by hand.
inline constexpr std::string_view typed_history_source = "Isian tangan";

// An earlier year's master as a source of history.
struct PastMaster {
  std::string file;                  // its file name, for the messages
  SettingsReading settings;          // with the cells of agency and year
  Agreement agreement;
  std::vector<ActualRecord> actuals;
};

struct HistoryReading {
  std::vector<HistoryRecord> records;  // this year's indicators only, in agreement order
  std::vector<Problem> problems;       // errors: the file gives no history at all
};

// The history one earlier master gives the current one. Errors (nothing taken): another
// agency, a year that does not precede the current one. Warnings: an indicator of that year
// whose code is no longer in this year's PK, an indicator of this year that year did not have.
HistoryReading history_from(const PastMaster& past, const MasterInfo& current, const Agreement& current_agreement);

// The Riwayat sheet: the titles, then one row per record, by code then year.
Grid history_grid(std::vector<HistoryRecord> records);

// Reads Riwayat back, typed rows included: a row needs a code and a year before
// `current_year`; the figures follow the number rules; an empty Sumber is typed_history_source.
// Rows with an error are left out, with a problem naming the cell.
std::vector<HistoryRecord> read_history(const Grid& grid, int current_year, std::vector<Problem>& problems);

// The records of each indicator (by code, letter case aside), indexed once for a report that
// looks them up indicator by indicator.
class HistoryIndex {
 public:
  explicit HistoryIndex(const std::vector<HistoryRecord>& records);
  // The indicator's records (in table order); empty when it has none.
  const std::vector<HistoryRecord>& of(std::string_view code) const;

 private:
  std::map<std::string, std::vector<HistoryRecord>> by_code_;
};

// Puts `incoming` into `table`: a record replaces the one of the same code and year.
// Returns how many were replaced.
int merge_history(std::vector<HistoryRecord>& table, const std::vector<HistoryRecord>& incoming);

}  // namespace kinerja::core
