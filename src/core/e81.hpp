// The quarterly evaluation of the Renja in the form E.81 of Permendagri 86/2017 (docs/rules.md
// "E.81"): per indicator the Renstra target, the Renstra realised up to last year, this year's
// target and budget, kinerja (K) and Rp of each quarter, what the quarters evaluated realised,
// its achievement, the Renstra realised up to now and its achievement; then the footer.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/actuals.hpp"
#include "core/agreement.hpp"
#include "core/grid.hpp"
#include "core/history.hpp"
#include "core/master_settings.hpp"

namespace kinerja::core {

// One figure column of the form, as kinerja (K) and rupiah (Rp).
struct KRp {
  std::optional<double> k;
  std::optional<double> rp;
};

// One indicator's row; the numbers are the form's column numbers.
struct E81Row {
  const Indicator* indicator = nullptr;
  KRp renstra_target;             // 5
  KRp renstra_until_last_year;    // 6
  KRp year_target;                // 7: annual target, pagu
  KRp quarters[4];                // 8-11: the quarters evaluated; later ones empty
  KRp evaluated;                  // 12 = 8 + 9 + 10 + 11 (kinerja by the indicator's aggregation)
  KRp achievement;                // 13 = 12 / 7 x 100 (kinerja by the polarity rules)
  KRp renstra_until_now;          // 14 = 6 + 12 (a kondisi_akhir target: 12 alone)
  KRp renstra_achievement;        // 15 = 14 / 5 x 100
  std::string obstacles;          // Keterangan: the kendala of the quarters evaluated
};

struct E81 {
  int year = 0;
  int quarter = 0;
  std::vector<E81Row> rows;
  std::optional<double> average;  // rata-rata capaian kinerja (13 K), as a report averages
  std::string rating;             // predikat kinerja of the average
  std::string obstacles;          // faktor penghambat: the quarters' kendala
  std::string follow_ups;         // tindak lanjut: the quarters' tindak lanjut
};

// The rows point to the agreement's indicators: it must outlive the form.
E81 build_e81(const Agreement& agreement, const std::vector<ActualRecord>& actuals, const MasterSettings& settings,
              const std::vector<HistoryRecord>& history, int quarter);

// The form as a sheet: the header block, the two title rows (numbered columns, K | Rp), the
// formula row, one row per indicator grouped by goal, the footer.
struct E81Layout {
  int title_row = 0;
  int header_row = 0;  // the column titles; header_row + 1: K | Rp; header_row + 2: numbers
  int formula_row = 0;
  int first_row = 0;
  int last_row = 0;
  int footer_row = 0;  // the first footer row
  int column_count = 0;
  std::vector<int> goal_rows;
  std::vector<int> rupiah_columns;  // the Rp columns, for their number format
};
struct E81Sheet {
  Grid grid;
  E81Layout layout;
};
E81Sheet e81_grid(const E81& form, const MasterInfo& info);

// e81-TW2-2023.xlsx
std::string e81_file_name(int quarter, int year, std::string_view extension = "xlsx");

}  // namespace kinerja::core
