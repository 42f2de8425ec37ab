#include "core/lkjip.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/achievement.hpp"
#include "core/budget.hpp"
#include "core/grouping.hpp"
#include "core/numbers.hpp"
#include "core/recap.hpp"
#include "core/renstra.hpp"
#include "core/report.hpp"
#include "core/text.hpp"

namespace kinerja::core {
namespace {

using Row = std::vector<Cell>;

// Table 3.6's columns: No | Sasaran | Capaian | Kendala | Tindak Lanjut | Analisis.
constexpr int analysis_goal_column = 1, analysis_column = 5;

Cell text(std::string value) { return Cell(std::move(value)); }
std::string year_text(int year) { return std::to_string(year); }

const HistoryRecord* history_of(const std::vector<HistoryRecord>& history, const std::string& code, int year) {
  for (const HistoryRecord& r : history) {
    if (r.year == year && code_key(r.code) == code_key(code)) return &r;
  }
  return nullptr;
}

// A history row's capaian: as recorded, else from its target and realisasi by this year's rules.
std::optional<double> achievement_of(const HistoryRecord& r, const Indicator& indicator, const Settings& settings) {
  if (r.achievement) return r.achievement;
  if (!r.actual || !r.target) return std::nullopt;
  return achievement(*r.actual, *r.target, indicator.polarity, settings.negative_method);
}

class Builder {
 public:
  void table(const std::string& id, const std::string& title, Row header) {
    if (!rows_.empty()) rows_.emplace_back();  // a blank row between tables
    Chapter3Table t;
    t.id = id;
    t.title_row = static_cast<int>(rows_.size());
    rows_.push_back({text("Tabel " + id + " " + title)});
    t.header_row = static_cast<int>(rows_.size());
    t.column_count = static_cast<int>(header.size());
    rows_.push_back(std::move(header));
    t.first_row = static_cast<int>(rows_.size());
    t.last_row = t.first_row - 1;
    tables_.push_back(t);
  }
  void row(Row cells) {
    rows_.push_back(std::move(cells));
    tables_.back().last_row = static_cast<int>(rows_.size()) - 1;
  }
  void heading(Row cells) {
    tables_.back().heading_rows.push_back(static_cast<int>(rows_.size()));
    row(std::move(cells));
  }
  void note(std::string words) {
    tables_.back().note_row = static_cast<int>(rows_.size());
    rows_.push_back({text(std::move(words))});
  }
  Chapter3 finish(std::vector<int> years) {
    return {Grid(chapter3_sheet_name(), std::move(rows_)), std::move(tables_), std::move(years)};
  }

 private:
  std::vector<Row> rows_;
  std::vector<Chapter3Table> tables_;
};

}  // namespace

std::map<std::string, std::string> read_analyses(const Grid& chapter) {
  std::map<std::string, std::string> out;
  int row = 0;
  while (row < chapter.row_count() && chapter.text(row, 0).rfind("Tabel 3.6", 0) != 0) ++row;
  for (row += 2; row < chapter.row_count() && !chapter.row_is_empty(row); ++row) {
    const std::string goal = chapter.text(row, analysis_goal_column);
    const std::string analysis = chapter.text(row, analysis_column);
    if (!goal.empty() && !analysis.empty()) out[goal] = analysis;
  }
  return out;
}

std::string chapter3_sheet_name() { return report_sheet_name(Period::year) + " Bab III"; }

RenstraProgress renstra_progress(const Indicator& indicator, std::optional<double> this_year_actual, int year,
                                 const std::vector<HistoryRecord>& history, const Settings& settings) {
  RenstraProgress progress;
  if (indicator.renstra_kind == RenstraTargetKind::cumulative) {
    // The end target adds the Renstra's years up: what they delivered together (its five
    // years, when its last is known).
    const int first = indicator.renstra_end_year ? *indicator.renstra_end_year - 4 : 0;
    double total = 0;
    for (const HistoryRecord& r : history) {
      if (code_key(r.code) != code_key(indicator.code) || !r.actual || r.year < first || r.year >= year) continue;
      total += *r.actual;
      progress.years.push_back(r.year);
    }
    if (this_year_actual) {
      total += *this_year_actual;
      progress.years.push_back(year);
    }
    std::sort(progress.years.begin(), progress.years.end());
    if (!progress.years.empty()) progress.actual_to_date = total;
  } else if (this_year_actual) {
    // A level (a percentage, an index): where it stands now.
    progress.actual_to_date = this_year_actual;
    progress.years = {year};
  }
  if (progress.actual_to_date && indicator.renstra_target) {
    progress.achievement = renstra_achievement(*progress.actual_to_date, *indicator.renstra_target, indicator.baseline,
                                               indicator.polarity, settings.negative_method);
  }
  return progress;
}

std::vector<GoalBudget> goal_budgets(const Agreement& agreement, const std::vector<ActualRecord>& actuals,
                                     const MasterSettings& settings) {
  const int year = settings.info.year;
  const std::vector<RecapRow> rows = recap_for(agreement, actuals, year, settings.rules, Period::year);
  const ActualsIndex index(actuals, year);
  std::vector<GoalBudget> out;
  std::map<std::string, std::vector<const RecapRow*>> members;
  for (const RecapRow& row : rows) {
    const Indicator& i = *row.indicator;
    auto found = std::find_if(out.begin(), out.end(), [&](const GoalBudget& g) { return g.goal == i.goal; });
    if (found == out.end()) {
      out.push_back({i.goal, 0, std::nullopt, std::nullopt, std::nullopt, std::nullopt});
      found = out.end() - 1;
    }
    members[i.goal].push_back(&row);
    if (i.budget) found->ceiling += *i.budget;
    for (const ActualRecord* r : index.records(i.code)) {
      if (r->spent) found->spent = found->spent.value_or(0) + *r->spent;
    }
  }
  std::erase_if(out, [](const GoalBudget& g) { return g.ceiling <= 0; });
  for (GoalBudget& g : out) {
    g.achievement = average_of(members[g.goal], settings.rules);
    if (g.spent) g.absorption = absorption(*g.spent, g.ceiling);
    if (g.achievement && g.absorption) {
      g.efficiency = efficiency(*g.achievement, *g.absorption, settings.rules.efficiency_margin);
    }
  }
  return out;
}

bool meets_standard(double actual, double standard, Polarity polarity) {
  return polarity == Polarity::positive ? actual >= standard : actual <= standard;
}

Chapter3 build_chapter3(const Agreement& agreement, const std::vector<ActualRecord>& actuals,
                        const MasterSettings& settings, const std::vector<HistoryRecord>& history,
                        const std::map<std::string, std::string>& analyses) {
  const int year = settings.info.year;
  const Settings& rules = settings.rules;
  const std::vector<RecapRow> rows = recap_for(agreement, actuals, year, rules, Period::year);
  const ActualsIndex index(actuals, year);
  const HistoryIndex index_of_history(history);
  Builder b;

  const auto goals = groups_in_order(rows, [](const RecapRow& row) { return row.indicator->goal; });

  // 3.1: this year, target against realisasi, grouped by goal with the goal's average.
  b.table("3.1", "Pencapaian Kinerja Tahun " + year_text(year),
          {text("No"), text("Sasaran / Indikator Kinerja"), text("Satuan"), text("Target"), text("Realisasi"),
           text("Capaian (%)"), text("Predikat")});
  int number = 0;
  for (std::size_t g = 0; g < goals.size(); ++g) {
    const auto& [goal, members] = goals[g];
    const std::optional<double> average = average_of(members, rules);
    b.heading({text(std::string(1, static_cast<char>('A' + g % 26))), goal, Empty{}, Empty{}, Empty{},
               number_or_empty(average), average ? text(rules.rating_scale.rate(*average)) : Cell(Empty{})});
    for (const RecapRow* row : members) {
      const Indicator& i = *row->indicator;
      const Evaluation& e = row->evaluation;
      b.row({Number{static_cast<double>(++number)}, i.name, i.unit, number_or_empty(e.target), number_or_empty(e.actual),
             number_or_empty(e.achievement), e.achievement ? e.rating : std::string(label_of(e.status))});
    }
  }

  // 3.2: against the years before (the two latest of Riwayat).
  std::set<int> known;
  for (const HistoryRecord& r : history) {
    if (r.year < year && agreement.find(r.code) != nullptr) known.insert(r.year);
  }
  std::vector<int> years(known.begin(), known.end());
  if (years.size() > 2) years.erase(years.begin(), years.end() - 2);
  Row header = {text("No"), text("Indikator Kinerja"), text("Satuan")};
  for (int y : years) {
    header.push_back(text("Realisasi " + year_text(y)));
    header.push_back(text("Capaian " + year_text(y) + " (%)"));
  }
  header.insert(header.end(), {text("Realisasi " + year_text(year)), text("Capaian " + year_text(year) + " (%)")});
  if (!years.empty()) header.push_back(text("Perubahan Capaian (poin)"));
  b.table("3.2", "Perbandingan Realisasi dan Capaian dengan Tahun Sebelumnya", std::move(header));
  number = 0;
  for (const RecapRow& row : rows) {
    const Indicator& i = *row.indicator;
    Row line = {Number{static_cast<double>(++number)}, i.name, i.unit};
    std::optional<double> last_year_achievement;
    for (int y : years) {
      const HistoryRecord* r = history_of(index_of_history.of(i.code), i.code, y);
      line.push_back(number_or_empty(r ? r->actual : std::nullopt));
      last_year_achievement = r ? achievement_of(*r, i, rules) : std::nullopt;
      line.push_back(number_or_empty(last_year_achievement));
    }
    line.push_back(number_or_empty(row.evaluation.actual));
    line.push_back(number_or_empty(row.evaluation.achievement));
    if (!years.empty()) {
      line.push_back(last_year_achievement && row.evaluation.achievement
                         ? Cell(Number{*row.evaluation.achievement - *last_year_achievement})
                         : Cell(Empty{}));
    }
    b.row(std::move(line));
  }
  if (years.empty()) {
    b.note("Belum ada riwayat tahun sebelumnya: ambil lewat Kinerja > Ambil Riwayat Tahun Lalu, atau ketik di lembar "
           "Riwayat.");
  } else {
    b.note("Perubahan: capaian " + year_text(year) + " dikurangi capaian " + year_text(years.back()) +
           ", dalam poin persen. Sumber tahun sebelumnya: lembar Riwayat.");
  }

  // 3.3: toward the Renstra's end target.
  b.table("3.3", "Capaian terhadap Target Akhir Renstra",
          {text("No"), text("Indikator Kinerja"), text("Satuan"), text("Kondisi Awal"), text("Target Akhir Renstra"),
           text("Tahun Akhir"), text("Realisasi s.d. " + year_text(year)), text("Capaian terhadap Target Akhir (%)")});
  number = 0;
  for (const RecapRow& row : rows) {
    const Indicator& i = *row.indicator;
    if (!i.renstra_target) continue;
    const RenstraProgress progress = renstra_progress(i, row.evaluation.actual, year, index_of_history.of(i.code), rules);
    b.row({Number{static_cast<double>(++number)}, i.name, i.unit, number_or_empty(i.baseline),
           number_or_empty(i.renstra_target),
           i.renstra_end_year ? Cell(Number{static_cast<double>(*i.renstra_end_year)}) : Cell(Empty{}),
           number_or_empty(progress.actual_to_date), number_or_empty(progress.achievement)});
  }
  b.note(number == 0 ? "Tidak ada indikator dengan Target Akhir Renstra di lembar PK."
                     : "Realisasi s.d. " + year_text(year) +
                           ": target Renstra kumulatif menjumlahkan tahun-tahun Renstra yang tercatat (tahun ini dan "
                           "Riwayat); target kondisi akhir dibandingkan dengan realisasi " +
                           year_text(year) +
                           ". Dengan kondisi awal, capaian = (realisasi - kondisi awal) / (target akhir - kondisi "
                           "awal) x 100.");

  // 3.4: against the national standard, where one exists.
  b.table("3.4", "Perbandingan dengan Standar Nasional",
          {text("No"), text("Indikator Kinerja"), text("Satuan"), text("Standar Nasional"),
           text("Realisasi " + year_text(year)), text("Keterangan")});
  number = 0;
  for (const RecapRow& row : rows) {
    const Indicator& i = *row.indicator;
    if (!i.national_standard) continue;
    const std::optional<double>& actual = row.evaluation.actual;
    b.row({Number{static_cast<double>(++number)}, i.name, i.unit, Number{*i.national_standard}, number_or_empty(actual),
           text(!actual ? std::string(label_of(Status::not_reported))
                        : meets_standard(*actual, *i.national_standard, i.polarity) ? "Memenuhi standar"
                                                                                   : "Di bawah standar")});
  }
  if (number == 0) b.note("Tidak ada indikator dengan Standar Nasional di lembar PK.");

  // 3.5: the budget per goal and its efficiency.
  b.table("3.5", "Realisasi Anggaran per Sasaran",
          {text("No"), text("Sasaran"), text("Pagu (Rp)"), text("Realisasi Anggaran (Rp)"), text("Serapan (%)"),
           text("Capaian Kinerja (%)"), text("Efisiensi")});
  number = 0;
  for (const GoalBudget& g : goal_budgets(agreement, actuals, settings)) {
    b.row({Number{static_cast<double>(++number)}, g.goal, Number{g.ceiling}, number_or_empty(g.spent),
           number_or_empty(g.absorption), number_or_empty(g.achievement),
           g.efficiency ? text(std::string(label_of(*g.efficiency))) : Cell(Empty{})});
  }
  const std::string margin = indonesian_decimal(rules.efficiency_margin);
  b.note(number == 0 ? "Tidak ada pagu di lembar PK: isi kolom Pagu (Rp) untuk tabel ini."
                     : "Efisiensi: capaian kinerja - serapan anggaran lebih dari " + margin +
                           " poin = Efisien; antara -" + margin + " dan " + margin +
                           " poin = Cukup Efisien; kurang dari -" + margin + " poin = Tidak Efisien.");

  // 3.6: per goal, the obstacles and follow-ups of the year, as a draft of the analysis.
  b.table("3.6", "Analisis Penyebab Keberhasilan/Kegagalan dan Solusi per Sasaran (draf)",
          {text("No"), text("Sasaran"), text("Capaian Kinerja (%)"), text("Kendala"), text("Tindak Lanjut"),
           text("Analisis")});
  number = 0;
  for (const auto& [goal, members] : goals) {
    std::string obstacles, follow_ups;
    for (const RecapRow* row : members) {
      const auto& records = index.records(row->indicator->code);
      const std::string o = quarter_texts(records, Period::year, &ActualRecord::obstacle);
      const std::string f = quarter_texts(records, Period::year, &ActualRecord::follow_up);
      if (!o.empty()) obstacles += (obstacles.empty() ? "" : "\n") + row->indicator->code + ": " + o;
      if (!f.empty()) follow_ups += (follow_ups.empty() ? "" : "\n") + row->indicator->code + ": " + f;
    }
    b.row({Number{static_cast<double>(++number)}, goal, number_or_empty(average_of(members, rules)),
           text(obstacles.empty() ? std::string("Tidak ada kendala tercatat.") : obstacles), text(follow_ups),
           analyses.count(goal) ? text(analyses.at(goal)) : Cell(Empty{})});
  }
  b.note("Kendala dan Tindak Lanjut: yang dikirim bidang sepanjang tahun, sebagai bahan. Tulis analisis Bab III "
         "(penyebab keberhasilan atau kegagalan, dan solusinya) di kolom Analisis: tetap tersimpan saat laporan "
         "diisi ulang.");
  return b.finish(years);
}

}  // namespace kinerja::core
