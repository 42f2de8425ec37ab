#include "core/recap.hpp"

#include <algorithm>

#include "core/master_layout.hpp"
#include "core/rollup.hpp"

namespace kinerja::core {
namespace {

std::string note_of(const Evaluation& e) {
  std::string note;
  const auto add = [&](const std::string& part) { note += (note.empty() ? "" : "; ") + part; };
  if (!e.unreported_quarters.empty() && e.status != Status::no_target) {
    std::string quarters;
    for (int q : e.unreported_quarters) quarters += (quarters.empty() ? "TW " : ", TW ") + std::string(roman(q));
    add(quarters + " belum lapor");
  }
  if (e.status == Status::not_computable) add("target 0: capaian tidak dapat dihitung, periksa target");
  if (e.behind_schedule) add("di belakang jadwal rencana aksi s.d. TW " + std::string(roman(quarters_of(e.period).last)));
  return note;
}

}  // namespace

std::vector<RecapRow> recap_for(const Agreement& agreement, const std::vector<ActualRecord>& actuals, int year,
                                const Settings& settings, Period period) {
  std::vector<RecapRow> rows;
  const ActualsIndex index(actuals, year);
  for (const Indicator& indicator : agreement.indicators) {
    const QuarterTargets targets = quarter_targets(indicator);
    const QuarterValues values = index.values(indicator.code);
    Evaluation e = evaluate(indicator, targets, values, period, settings);
    std::string note = note_of(e);
    rows.push_back({&indicator, std::move(e), std::move(note)});
  }
  return rows;
}

std::vector<RecapRow> build_recap(const Agreement& agreement, const std::vector<ActualRecord>& actuals, int year,
                                  const Settings& settings) {
  std::vector<RecapRow> rows;
  rows.reserve(agreement.indicators.size() * all_periods.size());
  const ActualsIndex index(actuals, year);
  for (const Indicator& indicator : agreement.indicators) {
    const QuarterTargets targets = quarter_targets(indicator);
    const QuarterValues values = index.values(indicator.code);
    for (Period period : all_periods) {
      Evaluation e = evaluate(indicator, targets, values, period, settings);
      std::string note = note_of(e);
      rows.push_back({&indicator, std::move(e), std::move(note)});
    }
  }
  return rows;
}

Grid recap_grid(const std::vector<RecapRow>& rows) {
  std::vector<std::vector<Cell>> cells;
  cells.reserve(rows.size() + 1);
  cells.push_back(master_layout::header_cells(master_layout::recap));
  for (const RecapRow& row : rows) {
    const Indicator& i = *row.indicator;
    const Evaluation& e = row.evaluation;
    cells.push_back({i.code, i.division, i.goal, i.name, i.unit, std::string(label_of(e.period)),
                     number_or_empty(e.target), number_or_empty(e.actual), number_or_empty(e.achievement),
                     e.rating, std::string(label_of(e.status)), row.note});
  }
  return Grid(std::string(master_layout::recap), std::move(cells));
}

std::vector<FollowUp> follow_ups(const std::vector<RecapRow>& period_rows) {
  std::vector<FollowUp> out;
  for (const RecapRow& row : period_rows) {
    auto it = std::find_if(out.begin(), out.end(), [&](const FollowUp& f) { return f.division == row.indicator->division; });
    if (it == out.end()) {
      out.push_back({row.indicator->division, {}, {}, {}});
      it = out.end() - 1;
    }
    if (row.evaluation.status == Status::missed) it->missed.push_back(&row);
    if (row.evaluation.status == Status::not_reported) it->unreported.push_back(&row);
    // Behind the schedule but not already missed (for a to-date period the two coincide).
    if (row.evaluation.behind_schedule && row.evaluation.status != Status::missed) it->behind.push_back(&row);
  }
  return out;
}

Grid follow_up_grid(const std::vector<FollowUp>& list, Period period, int year) {
  std::vector<std::vector<Cell>> rows = {
      {"Daftar tindak lanjut " + std::string(label_of(period)) + " " + std::to_string(year) + " (disposisi kepada Kabid)"},
      {}};
  rows[1] = master_layout::header_cells(master_layout::disposition);
  for (const FollowUp& f : list) {
    const auto add = [&](const std::vector<const RecapRow*>& items, std::string_view what) {
      for (const RecapRow* r : items) {
        rows.push_back({f.division, r->indicator->code, r->indicator->name, std::string(what),
                        number_or_empty(r->evaluation.achievement), r->note});
      }
    };
    add(f.missed, label_of(Status::missed));
    add(f.unreported, label_of(Status::not_reported));
    add(f.behind, behind_schedule_label);
  }
  return Grid(std::string(master_layout::disposition), std::move(rows));
}

FollowUpCounts count_follow_ups(const std::vector<FollowUp>& list) {
  FollowUpCounts counts;
  const auto behind = [](const std::vector<const RecapRow*>& rows) {
    return static_cast<int>(std::count_if(rows.begin(), rows.end(),
                                          [](const RecapRow* r) { return r->evaluation.behind_schedule; }));
  };
  for (const FollowUp& f : list) {
    counts.missed += static_cast<int>(f.missed.size());
    counts.unreported += static_cast<int>(f.unreported.size());
    counts.behind_schedule += behind(f.missed) + behind(f.unreported) + behind(f.behind);
  }
  return counts;
}

std::optional<double> average_of(const std::vector<const RecapRow*>& rows, const Settings& settings) {
  std::vector<WeightedAchievement> items;
  for (const RecapRow* row : rows) {
    if (row->evaluation.achievement) {
      items.push_back({*row->evaluation.achievement, row->indicator->weight.value_or(1)});
    }
  }
  return average_achievement(items, settings);
}

}  // namespace kinerja::core
