#include "core/report.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "core/grouping.hpp"
#include "core/master_layout.hpp"
#include "core/outcome_messages.hpp"
#include "core/recap.hpp"
#include "core/rollup.hpp"
#include "core/text.hpp"

namespace kinerja::core {
namespace {

std::string upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return text;
}

std::string what_of(Period period) {
  switch (period) {
    case Period::s1: return "Semester I";
    case Period::s2: return "Semester II";
    case Period::year: return "Tahun";
    default: return "s.d. TW " + std::string(roman(quarters_of(period).last));
  }
}

}  // namespace

std::string quarter_texts(const std::vector<const ActualRecord*>& records, Period period, std::string ActualRecord::*field) {
  const QuarterRange range = quarters_of(period);
  std::string out;
  int count = 0;
  for (int q = range.first; q <= range.last; ++q) {
    for (const ActualRecord* r : records) {
      if (r->quarter != q || (r->*field).empty()) continue;
      const std::string text = range.first == range.last ? r->*field : "TW " + std::string(roman(q)) + ": " + r->*field;
      out += (count++ ? "\n" : "") + text;
    }
  }
  return out;
}

ReportPeriod report_period(Period asked) {
  switch (asked) {
    case Period::tw1: case Period::tw2: case Period::tw3: case Period::tw4:
      return {asked, to_date_period(quarters_of(asked).last)};
    default: return {asked, asked};
  }
}

std::string report_title(Period period, int year) {
  switch (period) {
    case Period::s1: return "LAPORAN KINERJA SEMESTER I TAHUN " + std::to_string(year);
    case Period::s2: return "LAPORAN KINERJA SEMESTER II TAHUN " + std::to_string(year);
    case Period::year: return "LAPORAN KINERJA TAHUNAN " + std::to_string(year);
    default:
      return "LAPORAN KINERJA TRIWULAN " + std::string(roman(quarters_of(period).last)) + " TAHUN " +
             std::to_string(year);
  }
}

std::optional<Period> report_period_of_title(std::string_view title) {
  const std::size_t space = title.rfind(' ');
  if (space == std::string_view::npos) return std::nullopt;
  const std::string_view digits = title.substr(space + 1);
  if (digits.empty() || digits.size() > 4 ||
      !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  const int year = std::stoi(std::string(digits));
  for (Period period : report_periods) {
    if (title == report_title(period, year)) return period;
  }
  return std::nullopt;
}

std::string report_sheet_name(Period period) {
  return std::string(master_layout::report) + " " + std::string(label_of(period));
}

std::optional<Period> report_period_of_sheet(std::string_view sheet_name) {
  for (Period period : report_periods) {
    if (fold(sheet_name) == fold(report_sheet_name(period))) return period;
  }
  return std::nullopt;
}

int share_sop_step(Period period) { return period == Period::s1 || period == Period::s2 ? 8 : 5; }

std::vector<int> report_sop_steps(Period period) {
  if (period == Period::s1 || period == Period::s2) return {6, 7};
  if (period == Period::year) return {9};
  return {4};
}

namespace {

// One pass over the indicators: which bidang has any actual in which quarter.
std::vector<UnreportedQuarter> unreported_quarters(const Agreement& agreement, const ActualsIndex& index,
                                                   Period period) {
  std::vector<std::string> divisions;        // agreement order
  std::vector<std::array<bool, 4>> reported;  // by division, by quarter
  for (const Indicator& i : agreement.indicators) {
    auto found = std::find(divisions.begin(), divisions.end(), i.division);
    if (found == divisions.end()) {
      divisions.push_back(i.division);
      reported.push_back({});
      found = divisions.end() - 1;
    }
    const QuarterValues values = index.values(i.code);
    auto& quarters = reported[static_cast<std::size_t>(found - divisions.begin())];
    for (std::size_t q = 0; q < 4; ++q) quarters[q] = quarters[q] || values[q].has_value();
  }
  std::vector<UnreportedQuarter> out;
  const QuarterRange range = quarters_of(period);
  for (int q = range.first; q <= range.last; ++q) {
    UnreportedQuarter missing{q, {}, false};
    for (std::size_t d = 0; d < divisions.size(); ++d) {
      if (!reported[d][static_cast<std::size_t>(q - 1)]) missing.divisions.push_back(divisions[d]);
    }
    if (missing.divisions.empty()) continue;
    missing.all = missing.divisions.size() == divisions.size();
    out.push_back(std::move(missing));
  }
  return out;
}

}  // namespace

std::vector<UnreportedQuarter> unreported_quarters(const Agreement& agreement, const std::vector<ActualRecord>& actuals,
                                                   int year, Period period) {
  return unreported_quarters(agreement, ActualsIndex(actuals, year), period);
}

Report build_report(const Agreement& agreement, const std::vector<ActualRecord>& actuals,
                    const MasterSettings& settings, Period asked, const Date& date) {
  const ReportPeriod period = report_period(asked);
  const MasterInfo& info = settings.info;
  const std::vector<RecapRow> rows = recap_for(agreement, actuals, info.year, settings.rules, period.evaluated);
  const std::string what = what_of(period.evaluated);
  const QuarterRange shown = quarters_of(period.evaluated);
  const ActualsIndex index(actuals, info.year);

  Report report;
  report.unreported_quarters = unreported_quarters(agreement, index, period.evaluated);
  report.unreported = outcome::unreported(report.unreported_quarters).id;
  std::vector<std::vector<Cell>> cells = {
      {upper(info.agency)},
      {report_title(asked, info.year)},
      {"Periode: " + std::string(label_of(period.evaluated)) + " " + std::to_string(info.year)},
      {report.unreported.empty() ? Cell(Empty{}) : Cell(report.unreported)},
      {std::string("No"), std::string("Sasaran"), std::string("Indikator Kinerja"), std::string("Satuan"),
       std::string("Target Tahunan"), "Target " + what, std::string("Realisasi TW I"), std::string("Realisasi TW II"),
       std::string("Realisasi TW III"), std::string("Realisasi TW IV"), "Realisasi " + what, std::string("Capaian (%)"),
       std::string("Predikat"), std::string("Kendala"), std::string("Tindak Lanjut"), std::string("Bidang")}};
  report.layout.header_row = 4;
  report.layout.first_row = 5;

  const auto goals = groups_in_order(rows, [](const RecapRow& row) { return row.indicator->goal; });
  std::vector<const RecapRow*> all;
  int number = 0;
  for (std::size_t g = 0; g < goals.size(); ++g) {
    const auto& [goal, members] = goals[g];
    const std::optional<double> average = average_of(members, settings.rules);
    report.layout.goal_rows.push_back(static_cast<int>(cells.size()));
    cells.push_back({std::string(1, static_cast<char>('A' + g % 26)), goal, std::string("Rata-rata capaian sasaran"),
                     Empty{}, Empty{}, Empty{}, Empty{}, Empty{}, Empty{}, Empty{}, Empty{}, number_or_empty(average),
                     average ? settings.rules.rating_scale.rate(*average) : std::string()});
    for (const RecapRow* row : members) {
      const Indicator& i = *row->indicator;
      const QuarterValues values = index.values(i.code);
      const std::vector<const ActualRecord*>& records = index.records(i.code);
      std::vector<Cell> line = {Number{static_cast<double>(++number)}, i.goal, i.name, i.unit,
                                number_or_empty(i.annual_target), number_or_empty(row->evaluation.target)};
      for (int q = 1; q <= 4; ++q) {
        line.push_back(q <= shown.last ? number_or_empty(values[static_cast<std::size_t>(q - 1)]) : Cell(Empty{}));
      }
      const bool computed = row->evaluation.achievement.has_value();
      line.insert(line.end(), {number_or_empty(row->evaluation.actual), number_or_empty(row->evaluation.achievement),
                               computed ? row->evaluation.rating : std::string(label_of(row->evaluation.status)),
                               quarter_texts(records, period.evaluated, &ActualRecord::obstacle),
                               quarter_texts(records, period.evaluated, &ActualRecord::follow_up), i.division});
      report.layout.indicator_rows.push_back(static_cast<int>(cells.size()));
      cells.push_back(std::move(line));
      all.push_back(row);
    }
  }
  report.layout.last_row = static_cast<int>(cells.size()) - 1;

  // The chart: per indicator, or per goal, or per bidang, whichever has few enough bars.
  std::vector<std::pair<std::string, double>> per_indicator;
  for (const RecapRow* row : all) {
    if (row->evaluation.achievement) per_indicator.emplace_back(row->indicator->code, *row->evaluation.achievement);
  }
  const std::string title_tail = " (%): " + report_title(asked, info.year);
  if (per_indicator.size() <= ReportChart::chart_points_max) {
    report.chart = {"Capaian per indikator" + title_tail, std::move(per_indicator)};
  } else {
    const auto per_group = [&](auto key) {
      std::vector<std::string> order;
      std::map<std::string, std::vector<const RecapRow*>> groups;
      for (const RecapRow* row : all) {
        auto& members = groups[key(*row->indicator)];
        if (members.empty()) order.push_back(key(*row->indicator));
        members.push_back(row);
      }
      std::vector<std::pair<std::string, double>> points;
      for (const std::string& name : order) {
        if (const auto average = average_of(groups[name], settings.rules)) points.emplace_back(name, *average);
      }
      return points;
    };
    auto per_goal = per_group([](const Indicator& i) { return i.goal; });
    if (per_goal.size() <= ReportChart::chart_points_max) {
      report.chart = {"Rata-rata capaian per sasaran" + title_tail, std::move(per_goal)};
    } else {
      report.chart = {"Rata-rata capaian per bidang" + title_tail,
                      per_group([](const Indicator& i) { return i.division; })};
    }
  }
  report.average = average_of(all, settings.rules);
  report.average_rating = report.average ? settings.rules.rating_scale.rate(*report.average) : std::string();
  report.layout.footer_row = static_cast<int>(cells.size());
  cells.push_back({Empty{}, std::string("Rata-rata capaian kinerja"), Empty{}, Empty{}, Empty{}, Empty{}, Empty{}, Empty{},
                   Empty{}, Empty{}, Empty{}, number_or_empty(report.average), report.average_rating});
  const auto signature = [&](const std::string& text) {
    std::vector<Cell> line(13, Cell(Empty{}));
    line.push_back(text);
    cells.push_back(std::move(line));
  };
  cells.emplace_back();
  signature((info.place.empty() ? std::string() : info.place + ", ") + indonesian_date(date));
  signature(info.signatory_title);
  cells.emplace_back();
  cells.emplace_back();
  signature(info.signatory_name.empty() ? std::string("(nama penanda tangan)") : info.signatory_name);
  signature(nip_line(info.signatory_nip));
  report.grid = Grid("Laporan", std::move(cells));
  // About 4.6 characters per cm at 10 pt (bold included); a word never breaks: whole words.
  for (int r = 0; r < report.grid.row_count(); ++r) {
    int lines = 1;
    if (r >= report.layout.header_row && r <= report.layout.footer_row) {
      for (int c = 0; c < report.layout.column_count; ++c) {
        const std::string text = report.grid.text(r, c);
        if (text.empty()) continue;
        const int per_line = std::max(1, static_cast<int>(ReportLayout::widths_cm[c] * 4.6));
        int line = 1, used = 0;
        std::size_t start = 0;
        while (start <= text.size()) {
          std::size_t end = text.find_first_of(" \n", start);
          if (end == std::string::npos) end = text.size();
          const int word = static_cast<int>(end - start);
          if (used > 0 && used + 1 + word > per_line) {
            ++line;
            used = 0;
          }
          used += (used > 0 ? 1 : 0) + word;
          while (used > per_line) {  // a word longer than the line
            ++line;
            used -= per_line;
          }
          if (end < text.size() && text[end] == '\n') {
            ++line;
            used = 0;
          }
          start = end + 1;
        }
        lines = std::max(lines, line);
      }
    }
    report.layout.row_lines.push_back(lines);
  }
  return report;
}

std::string nip_line(std::string_view nip) { return std::string(nip_prefix) + (nip.empty() ? std::string("-") : std::string(nip)); }

int page_height_in_sheet(const PageGeometry& page, int columns_width) {
  const int printable_width = page.width - page.left - page.right;
  const int printable_height = page.height - page.top - page.bottom - page.header - page.footer;
  if (columns_width <= printable_width || printable_width <= 0) return printable_height;
  return static_cast<int>(static_cast<long long>(printable_height) * columns_width / printable_width);
}

std::vector<int> group_page_breaks(const std::vector<int>& heights, int page_height, int repeated_height,
                                   const std::vector<std::pair<int, int>>& groups) {
  std::vector<int> breaks;
  const auto height_of = [&](int first, int last) {
    int total = 0;
    for (int r = first; r <= last && r < static_cast<int>(heights.size()); ++r) total += heights[static_cast<std::size_t>(r)];
    return total;
  };
  int used = 0;  // on the current page
  std::size_t next_group = 0;
  for (int row = 0; row < static_cast<int>(heights.size()); ++row) {
    while (next_group < groups.size() && groups[next_group].first < row) ++next_group;
    const int height = heights[static_cast<std::size_t>(row)];
    if (next_group < groups.size() && groups[next_group].first == row) {
      const int group = height_of(groups[next_group].first, groups[next_group].second);
      if (row > 0 && used + group > page_height && repeated_height + group <= page_height) {
        breaks.push_back(row);
        used = repeated_height;
      }
    }
    if (used + height > page_height && used > repeated_height) used = repeated_height;  // the office's own break
    used += height;
  }
  return breaks;
}

}  // namespace kinerja::core
