// The pulled actuals: one record per (bidang, year, quarter, indicator code), with the text
// the bidang wrote and where the value came from; the master's Realisasi sheet as a table of
// these records; and merging a pull into it.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/grid.hpp"
#include "core/indicator.hpp"
#include "core/problem.hpp"

namespace kinerja::core {

struct ActualRecord {
  std::string division;
  int year = 0;
  int quarter = 0;
  int month = 0;  // 1..12 for a monthly progress record (the Bulanan sheet); 0 for a quarter's
  std::string code;
  std::optional<double> actual;  // empty: not reported (a record may carry only an obstacle)
  std::optional<double> spent;   // realisasi anggaran (Rp) of the quarter (or month), when the form has it
  std::optional<double> physical;  // progres fisik (%) of a month, when the monthly form has it
  std::string obstacle;          // kendala
  std::string follow_up;         // tindak lanjut
  std::string evidence;          // bukti dukung
  // Provenance: every value can be traced to the file, sheet and cell it came from.
  std::string source_file;
  std::string source_sha256;
  std::string source_cell;
  std::string spent_cell;  // where `spent` came from (the same row's Realisasi Anggaran cell)
  std::string pulled_at;

  bool same_content(const ActualRecord& other) const;
};

// The seal Kinerja writes beside each Realisasi row: a digest of every field, values and
// provenance alike. A row whose seal no longer matches was changed by hand after Kinerja
// wrote it (or typed in by hand), so its provenance is no longer the bidang's file.
std::string record_seal(const ActualRecord& record);

// The Berkas Asal of a quarter Kinerja made from its months (core/monthly):
// "Laporan Bulanan: Juli, Agustus, September 2023". A quarterly submission replaces it whole.
inline constexpr std::string_view from_months_source = "Laporan Bulanan";
bool is_from_months(const ActualRecord& record);

// The source a hand-changed row is given instead of the file it claimed.
inline constexpr std::string_view hand_edit_source = "Isian tangan di buku induk";

// The Realisasi sheet: header row, then one row per record with its seal. A master made before
// the budget columns reads the same (its rows have no spent, and their seals stay valid).
Grid actuals_grid(const std::vector<ActualRecord>& records);
// Reads it back. A row whose seal does not match (a master with the Segel column) was changed
// or added by hand: a warning, and its provenance becomes hand_edit_source, the cell itself and
// the file it claimed ("semula ...") so that no value claims a source it did not come from.
std::vector<ActualRecord> read_actuals(const Grid& grid, std::vector<Problem>& problems);

// Quarterly actuals per indicator code (upper case), for the rollups.
QuarterValues quarter_actuals(const std::vector<ActualRecord>& records, const std::string& code, int year);

// The same for many indicators: the records of a year indexed once by code.
class ActualsIndex {
 public:
  ActualsIndex(const std::vector<ActualRecord>& records, int year);
  QuarterValues values(const std::string& code) const;
  // The year's records of an indicator (any quarter), in table order.
  const std::vector<const ActualRecord*>& records(const std::string& code) const;

 private:
  std::unordered_map<std::string, std::vector<const ActualRecord*>> by_code_;
};

struct MergeOutcome {
  int added = 0;
  int replaced = 0;
  int unchanged = 0;
  int kept = 0;                      // an empty incoming value did not erase a reported one
  std::vector<std::string> changes;  // "SEK-01 TW II 2023: 80 -> 85"
  std::vector<Problem> problems;     // warnings about kept values

  // Another merge of the same pull: its counts, changes and problems added to these.
  MergeOutcome& operator+=(const MergeOutcome& other);
};

// "TW II 2023" for a quarter's record, "Juli 2023" for a month's.
std::string period_of(const ActualRecord& record);

// Merges incoming records (in order; a later one for the same key wins) into the table.
// The same content again changes nothing (provenance included); different content replaces
// the record and is logged old -> new; an empty value never erases a reported one.
MergeOutcome merge_actuals(std::vector<ActualRecord>& table, const std::vector<ActualRecord>& incoming);

}  // namespace kinerja::core
