#include "core/e81.hpp"

#include <algorithm>
#include <map>

#include "core/achievement.hpp"
#include "core/budget.hpp"
#include "core/grouping.hpp"
#include "core/period.hpp"
#include "core/renstra.hpp"
#include "core/report.hpp"
#include "core/rollup.hpp"
#include "core/status.hpp"
#include "core/text.hpp"

namespace kinerja::core {
namespace {

// What the Renstra had realised before this year: the sum of its recorded years for a
// cumulative target, the latest earlier year's realisasi for an end-state one.
std::optional<double> renstra_before(const Indicator& indicator, int year, const std::vector<HistoryRecord>& history) {
  std::optional<double> out;
  int latest = 0;
  const int first = indicator.renstra_end_year ? *indicator.renstra_end_year - 4 : 0;
  for (const HistoryRecord& r : history) {
    if (code_key(r.code) != code_key(indicator.code) || !r.actual || r.year >= year) continue;
    if (indicator.renstra_kind == RenstraTargetKind::cumulative) {
      if (r.year >= first) out = out.value_or(0) + *r.actual;
    } else if (r.year > latest) {
      latest = r.year;
      out = r.actual;
    }
  }
  return out;
}

void append_line(std::string& text, const std::string& line) {
  if (!line.empty()) text += (text.empty() ? "" : "\n") + line;
}

}  // namespace

std::string e81_file_name(int quarter, int year, std::string_view extension) {
  return "e81-TW" + std::to_string(quarter) + "-" + std::to_string(year) + "." + std::string(extension);
}

E81 build_e81(const Agreement& agreement, const std::vector<ActualRecord>& actuals, const MasterSettings& settings,
              const std::vector<HistoryRecord>& history, int quarter) {
  E81 form;
  form.year = settings.info.year;
  form.quarter = quarter;
  const Settings& rules = settings.rules;
  const Period evaluated = to_date_period(quarter);
  const ActualsIndex index(actuals, form.year);
  const HistoryIndex history_index(history);
  std::vector<WeightedAchievement> achievements;
  for (const Indicator& i : agreement.indicators) {
    E81Row row;
    row.indicator = &i;
    row.renstra_target.k = i.renstra_target;
    row.renstra_until_last_year.k = renstra_before(i, form.year, history_index.of(i.code));
    row.year_target = {i.annual_target ? i.annual_target : action_plan_annual_target(i), i.budget};
    const QuarterValues values = index.values(i.code);
    const std::vector<const ActualRecord*>& records = index.records(i.code);
    for (int q = 1; q <= quarter; ++q) {
      KRp& cell = row.quarters[q - 1];
      cell.k = values[static_cast<std::size_t>(q - 1)];
      for (const ActualRecord* r : records) {
        if (r->quarter == q && r->spent) cell.rp = cell.rp.value_or(0) + *r->spent;
      }
      if (cell.rp) row.evaluated.rp = row.evaluated.rp.value_or(0) + *cell.rp;
    }
    row.evaluated.k = period_actual(i, values, evaluated).value;
    if (row.evaluated.k && row.year_target.k) {
      row.achievement.k = achievement(*row.evaluated.k, *row.year_target.k, i.polarity, rules.negative_method);
    }
    if (row.evaluated.rp && row.year_target.rp) row.achievement.rp = absorption(*row.evaluated.rp, *row.year_target.rp);
    if (row.evaluated.k) {
      row.renstra_until_now.k = i.renstra_kind == RenstraTargetKind::cumulative
                                    ? row.renstra_until_last_year.k.value_or(0) + *row.evaluated.k
                                    : *row.evaluated.k;
    }
    if (row.renstra_until_now.k && i.renstra_target) {
      row.renstra_achievement.k =
          renstra_achievement(*row.renstra_until_now.k, *i.renstra_target, i.baseline, i.polarity, rules.negative_method);
    }
    row.obstacles = quarter_texts(records, evaluated, &ActualRecord::obstacle);
    const std::string follow_up = quarter_texts(records, evaluated, &ActualRecord::follow_up);
    if (!row.obstacles.empty()) append_line(form.obstacles, i.code + ": " + row.obstacles);
    if (!follow_up.empty()) append_line(form.follow_ups, i.code + ": " + follow_up);
    if (row.achievement.k) achievements.push_back({*row.achievement.k, i.weight.value_or(1)});
    form.rows.push_back(std::move(row));
  }
  form.average = average_achievement(achievements, rules);
  if (form.average) form.rating = rules.rating_scale.rate(*form.average);
  return form;
}

E81Sheet e81_grid(const E81& form, const MasterInfo& info) {
  E81Sheet sheet;
  E81Layout& layout = sheet.layout;
  // Columns: No | Sasaran | Kode | Indikator (Satuan) | 11 figure columns as K, Rp | Unit | Keterangan.
  constexpr int figures = 11, first_figure = 4;
  layout.column_count = first_figure + 2 * figures + 2;
  const int unit_column = first_figure + 2 * figures, note_column = unit_column + 1;
  const std::string y = std::to_string(form.year);
  std::vector<std::vector<Cell>> rows = {
      {std::string("EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH (FORMULIR E.81)")},
      {"Renja Perangkat Daerah " + info.agency},
      {"Periode pelaksanaan: Triwulan " + std::string(roman(form.quarter)) + " Tahun " + y},
      {}};
  layout.title_row = 0;
  const auto blank_row = [&] { return std::vector<Cell>(static_cast<std::size_t>(layout.column_count), Cell(Empty{})); };
  std::vector<Cell> titles = blank_row(), krp = blank_row(), numbers = blank_row(), formulas = blank_row();
  const std::string end_year = [&] {
    int last = 0;
    for (const E81Row& r : form.rows) last = std::max(last, r.indicator->renstra_end_year.value_or(0));
    return last > 0 ? " (" + std::to_string(last) + ")" : std::string();
  }();
  const std::string heads[] = {"Target Renstra" + end_year,
                               "Realisasi Capaian Renstra s.d. " + std::to_string(form.year - 1),
                               "Target Kinerja dan Anggaran " + y,
                               "Realisasi Triwulan I",
                               "Realisasi Triwulan II",
                               "Realisasi Triwulan III",
                               "Realisasi Triwulan IV",
                               "Realisasi Capaian Kinerja dan Anggaran yang Dievaluasi",
                               "Tingkat Capaian Kinerja dan Realisasi Anggaran (%)",
                               "Realisasi Kinerja dan Anggaran Renstra s.d. " + y,
                               "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra (%)"};
  const char* leading[] = {"No", "Sasaran", "Kode", "Indikator Kinerja (Satuan)"};
  for (int c = 0; c < first_figure; ++c) {
    titles[static_cast<std::size_t>(c)] = std::string(leading[c]);
    numbers[static_cast<std::size_t>(c)] = std::to_string(c + 1);
  }
  for (int f = 0; f < figures; ++f) {
    const auto k = static_cast<std::size_t>(first_figure + 2 * f);
    titles[k] = heads[f];
    krp[k] = std::string("K");
    krp[k + 1] = std::string("Rp");
    numbers[k] = std::to_string(f + 5);
    layout.rupiah_columns.push_back(static_cast<int>(k) + 1);
  }
  titles[static_cast<std::size_t>(unit_column)] = std::string("Unit Penanggung Jawab");
  titles[static_cast<std::size_t>(note_column)] = std::string("Keterangan");
  numbers[static_cast<std::size_t>(unit_column)] = std::string("16");
  numbers[static_cast<std::size_t>(note_column)] = std::string("17");
  const auto formula_at = [&](int number, const char* text) {
    formulas[static_cast<std::size_t>(first_figure + 2 * (number - 5))] = std::string(text);
  };
  formula_at(12, "12 = 8+9+10+11");
  formula_at(13, "13 = 12/7 x 100");
  formula_at(14, "14 = 6 + 12");
  formula_at(15, "15 = 14/5 x 100");
  layout.header_row = static_cast<int>(rows.size());
  rows.push_back(std::move(titles));
  rows.push_back(std::move(krp));
  rows.push_back(std::move(numbers));
  layout.formula_row = static_cast<int>(rows.size());
  rows.push_back(std::move(formulas));
  layout.first_row = static_cast<int>(rows.size());

  const auto goals = groups_in_order(form.rows, [](const E81Row& r) { return r.indicator->goal; });
  int number = 0;
  for (std::size_t g = 0; g < goals.size(); ++g) {
    std::vector<Cell> heading = blank_row();
    heading[0] = std::string(1, static_cast<char>('A' + g % 26));
    heading[1] = goals[g].first;
    layout.goal_rows.push_back(static_cast<int>(rows.size()));
    rows.push_back(std::move(heading));
    for (const E81Row* r : goals[g].second) {
      const Indicator& i = *r->indicator;
      std::vector<Cell> line = blank_row();
      line[0] = Number{static_cast<double>(++number)};
      line[1] = i.goal;
      line[2] = i.code;
      line[3] = i.name + (i.unit.empty() ? std::string() : " (" + i.unit + ")");
      const KRp* cells[] = {&r->renstra_target, &r->renstra_until_last_year, &r->year_target, &r->quarters[0],
                            &r->quarters[1], &r->quarters[2], &r->quarters[3], &r->evaluated,
                            &r->achievement, &r->renstra_until_now, &r->renstra_achievement};
      for (int f = 0; f < figures; ++f) {
        const auto k = static_cast<std::size_t>(first_figure + 2 * f);
        line[k] = number_or_empty(cells[f]->k);
        line[k + 1] = number_or_empty(cells[f]->rp);
      }
      line[static_cast<std::size_t>(unit_column)] = i.division;
      line[static_cast<std::size_t>(note_column)] = r->obstacles;
      rows.push_back(std::move(line));
    }
  }
  layout.last_row = static_cast<int>(rows.size()) - 1;
  layout.footer_row = static_cast<int>(rows.size());
  const auto footer = [&](const std::string& label, Cell value) {
    std::vector<Cell> line = blank_row();
    line[1] = label;
    line[static_cast<std::size_t>(first_figure + 2 * (13 - 5))] = std::move(value);
    rows.push_back(std::move(line));
  };
  footer("Rata-rata capaian kinerja (%)", number_or_empty(form.average));
  footer("Predikat kinerja", form.rating.empty() ? Cell(Empty{}) : Cell(form.rating));
  const auto text_footer = [&](const std::string& label, const std::string& text) {
    std::vector<Cell> line = blank_row();
    line[1] = label;
    line[3] = text;
    rows.push_back(std::move(line));
  };
  text_footer("Faktor pendorong keberhasilan pencapaian:", "");
  text_footer("Faktor penghambat pencapaian kinerja:", form.obstacles);
  text_footer("Tindak lanjut yang diperlukan dalam triwulan berikutnya:", form.follow_ups);
  text_footer("Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya:", "");
  rows.emplace_back();
  const auto signature = [&](const std::string& text) {
    std::vector<Cell> line = blank_row();
    line[static_cast<std::size_t>(unit_column)] = text;
    rows.push_back(std::move(line));
  };
  signature(info.place.empty() ? std::string("Disusun,") : info.place + ",");
  signature(info.signatory_title);
  rows.emplace_back();
  rows.emplace_back();
  signature(info.signatory_name.empty() ? std::string("(nama penanda tangan)") : info.signatory_name);
  signature(nip_line(info.signatory_nip));
  sheet.grid = Grid("E.81", std::move(rows));
  return sheet;
}

}  // namespace kinerja::core
