#include "core/submission.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/checksum.hpp"
#include "core/dates.hpp"
#include "core/form.hpp"
#include "core/header_match.hpp"
#include "core/master_layout.hpp"
#include "core/numbers.hpp"
#include "core/period.hpp"
#include "core/rollup.hpp"
#include "core/text.hpp"

namespace kinerja::core {
namespace {

// A realisasi above this many times its quarter's target is worth a second look.
constexpr double far_above_target = 10;

const std::vector<ColumnSpec>& table_columns() {
  static const std::vector<ColumnSpec> columns = {
      {"kode", {"Kode", "kode indikator", "code"}, true},
      {"realisasi", {"Realisasi", "realisasi tw", "realisasi bulan ini", "nilai realisasi", "actual"}, true},
      {"realisasi_anggaran",
       {"Realisasi Anggaran (Rp)", "realisasi anggaran", "realisasi keuangan", "anggaran", "budget spent"},
       false},
      {"kendala", {"Kendala", "hambatan", "permasalahan", "obstacle"}, false},
      {"progres_fisik", {"Progres Fisik (%)", "progres fisik", "realisasi fisik", "fisik (%)"}, false},
      {"tindak_lanjut", {"Tindak Lanjut", "follow up"}, false},
      {"bukti_dukung", {"Bukti Dukung", "bukti", "evidence"}, false},
      {"bidang", {"Bidang", "division"}, false},
      {"tahun", {"Tahun", "year"}, false},
      {"triwulan", {"Triwulan", "tw", "quarter"}, false},
  };
  return columns;
}

// A whole number in a cell (number or text), or 0.
int whole_of(const Grid& grid, int row, int column) {
  const CellNumber cell = read_cell_number(grid, row, column);
  if (!cell.value || *cell.value != std::floor(*cell.value)) return 0;
  return static_cast<int>(*cell.value);
}

// The labelled header block above the table ("Bidang | X", "Tahun | 2023", "Triwulan | TW II"):
// the value is the first non-empty cell to the right of the label.
struct HeaderBlock {
  std::string division;
  int year = 0;
  int quarter = 0;
  int month = 0;
};


HeaderBlock read_header_block(const Grid& grid, int header_row) {
  HeaderBlock block;
  for (int row = 0; row < header_row; ++row) {
    for (int column = 0; column + 1 < grid.column_count(); ++column) {
      const std::string label = header_key(grid.text(row, column));
      if (label != "bidang" && label != "tahun" && label != "triwulan" && label != "bulan") continue;
      int value_column = column + 1;
      while (value_column < grid.column_count() && grid.text(row, value_column).empty()) ++value_column;
      const std::string value = grid.text(row, value_column);
      if (label == "bidang") block.division = value;
      if (label == "tahun") block.year = whole_of(grid, row, value_column);
      if (label == "triwulan") block.quarter = parse_quarter(value);
      if (label == "bulan") block.month = month_of(value);
      break;
    }
  }
  return block;
}

class Reader {
 public:
  Reader(const SubmissionContext& context, const SubmissionSource& source, SubmissionReading& reading)
      : context_(context), source_(source), reading_(reading) {}

  void problem(Severity severity, std::string message, std::string where) {
    reading_.problems.push_back({severity, std::move(message), std::move(where), source_.file});
  }

  void reject_file(std::string message, std::string where) {
    problem(Severity::error, std::move(message), std::move(where));
    reading_.usable = false;
  }

  void reject_row(std::string message, std::string where) {
    problem(Severity::error, std::move(message), std::move(where));
    ++reading_.rejected_rows;
  }

  const std::string* known_division(const std::string& name) const { return context_.agreement.division(name); }

  void read(const std::vector<SubmittedSheet>& sheets);

 private:
  void read_row(const Grid& grid, const HeaderMatch& header, int row);
  // A number cell of the row (`label` prefixes its problems: "Realisasi anggaran: "); nullopt
  // in `rejected` when the cell is an error, the row then rejected with the problem.
  struct RowNumber {
    std::optional<double> value;
    bool rejected = false;
  };
  RowNumber row_number(const Grid& grid, int row, int column, const std::string& label, const std::string& code);
  // A free-text cell of the row as it may be sealed and stored (core/text.hpp storable_text);
  // what had to be removed is a warning naming the cell.
  std::string free_text(const Grid& grid, const HeaderMatch& header, int row, const char* key, const char* label);

  const SubmissionContext& context_;
  const SubmissionSource& source_;
  SubmissionReading& reading_;
  std::set<std::string> seen_codes_;
  std::string identity_checksum_;
};

// A Kinerja master workbook has these sheets; no bidang form has them all.
bool is_master_workbook(const std::vector<SubmittedSheet>& sheets) {
  std::vector<std::string> names;
  for (const SubmittedSheet& sheet : sheets) names.push_back(sheet.grid.sheet());
  return master_layout::is_master(names);
}

void Reader::read(const std::vector<SubmittedSheet>& sheets) {
  if (is_master_workbook(sheets)) {
    reject_file("Berkas ini buku induk Kinerja, bukan formulir bidang.", {});
    return;
  }
  // 1. The identity block, on a sheet of its own (any name).
  for (const SubmittedSheet& sheet : sheets) {
    const Grid& grid = sheet.grid;
    const IdentityReading identity = read_identity(grid);
    if (!identity.found) continue;
    reading_.identified = true;
    for (Problem p : identity.problems) {
      p.file = source_.file;
      reading_.problems.push_back(p);
      reading_.usable = false;
    }
    reading_.division = identity.identity.division;
    reading_.year = identity.identity.year;
    reading_.quarter = identity.identity.quarter;
    reading_.month = identity.identity.month;
    identity_checksum_ = identity.identity.checksum;
    const std::string* division = known_division(reading_.division);
    const std::vector<std::string>& codes = division ? context_.agreement.codes_of(*division)
                                                     : context_.agreement.codes_of(reading_.division);
    if (!codes.empty() && identity.identity.checksum != indicator_list_checksum(codes)) {
      problem(Severity::warning,
              "Daftar indikator formulir ini berbeda dengan lembar PK sekarang (formulir dibuat dari PK lama?): "
              "nilai dibaca menurut kodenya.",
              grid.sheet());
    }
    break;
  }
  if (!reading_.usable) return;

  // 2. The table: a visible sheet whose header has Kode and Realisasi; the form's own sheet
  // first, else the one with the most known columns. Hidden sheets are never read for values.
  const SubmittedSheet* table_sheet = nullptr;
  HeaderMatch header;
  std::string hidden_table;
  for (const SubmittedSheet& sheet : sheets) {
    HeaderMatch match = match_header(sheet.grid, table_columns());
    if (has_errors(match.problems)) continue;
    if (sheet.hidden) {
      if (hidden_table.empty()) hidden_table = sheet.grid.sheet();
      continue;
    }
    const bool form_sheet = fold(sheet.grid.sheet()) == fold(form_layout::form_sheet);
    const bool current_is_form = table_sheet != nullptr && fold(table_sheet->grid.sheet()) == fold(form_layout::form_sheet);
    if (table_sheet == nullptr || (form_sheet && !current_is_form) ||
        (form_sheet == current_is_form && match.columns.size() > header.columns.size())) {
      table_sheet = &sheet;
      header = std::move(match);
    }
  }
  if (table_sheet == nullptr) {
    if (!hidden_table.empty()) {
      reject_file("Tabel Kode dan Realisasi hanya ada di lembar tersembunyi \"" + hidden_table +
                      "\"; lembar tersembunyi tidak dibaca. Tampilkan lembarnya atau kirim formulir aslinya.",
                  hidden_table);
    } else {
      reject_file("Tidak ada tabel dengan kolom Kode dan Realisasi: bukan formulir realisasi Kinerja?", {});
    }
    return;
  }
  const Grid* table = &table_sheet->grid;
  if (!hidden_table.empty()) {
    problem(Severity::warning,
            "Lembar tersembunyi \"" + hidden_table + "\" juga berisi tabel Kode dan Realisasi: tidak dibaca.",
            hidden_table);
  }
  if (table_sheet->cut) {
    problem(Severity::warning,
            "Lembar \"" + table->sheet() + "\" lebih besar dari formulir mana pun: hanya " +
                std::to_string(submission_max_rows) + " baris dan " + std::to_string(submission_max_columns) +
                " kolom pertama yang dibaca.",
            table->sheet());
  }

  // 3. Without an identity block: the labelled header block above the table.
  if (!reading_.identified) {
    const HeaderBlock block = read_header_block(*table, header.header_row);
    reading_.division = block.division;
    reading_.year = block.year;
    reading_.quarter = block.quarter;
    reading_.month = block.month;
    if (reading_.month > 0) reading_.quarter = quarter_of_month(reading_.month);
  }
  if (!reading_.division.empty() && known_division(reading_.division) == nullptr) {
    reject_file("Bidang \"" + reading_.division + "\" tidak ada di lembar PK buku induk.", table->sheet());
    return;
  }
  if (reading_.year != 0 && reading_.year != context_.year) {
    reject_file("Kiriman untuk tahun " + std::to_string(reading_.year) + ", buku induk untuk tahun " +
                    std::to_string(context_.year) + ".",
                table->sheet());
    return;
  }
  if (context_.expected_quarter != 0 && reading_.quarter != 0 && reading_.quarter != context_.expected_quarter) {
    reject_file("Kiriman untuk " +
                    (reading_.month > 0 ? std::string(month_name(reading_.month)) + " (TW " + std::string(roman(reading_.quarter)) + ")"
                                        : "TW " + std::string(roman(reading_.quarter))) +
                    ", yang ditarik TW " +
                    std::string(roman(context_.expected_quarter)) + ".",
                table->sheet());
    return;
  }

  // 4. A form that says which indicators it carries (its identity's checksum is the PK's)
  // must carry every one of them: rows missing means a damaged or changed file.
  if (reading_.identified && !identity_checksum_.empty()) {
    const std::string* division = known_division(reading_.division);
    const std::vector<std::string>& expected = context_.agreement.codes_of(*division);
    if (identity_checksum_ == indicator_list_checksum(expected)) {
      std::set<std::string> present;
      const int code_column = header.column("kode");
      for (int row = header.header_row + 1; row < table->row_count(); ++row) {
        present.insert(code_key(table->text(row, code_column)));
      }
      std::vector<std::string> missing;
      for (const std::string& code : expected) {
        if (!present.count(code_key(code))) missing.push_back(code);
      }
      if (!missing.empty()) {
        std::string list;
        for (std::size_t i = 0; i < missing.size() && i < 5; ++i) list += (i ? ", " : "") + missing[i];
        if (missing.size() > 5) list += ", ...";
        reject_file("Formulir ini tidak lengkap: " + std::to_string(missing.size()) + " dari " +
                        std::to_string(expected.size()) + " indikator tidak ada di lembar \"" + table->sheet() +
                        "\" (" + list + "). Berkas rusak atau diubah: minta bidang mengirim ulang.",
                    table->sheet());
        return;
      }
    }
  }

  for (int row = header.header_row + 1; row < table->row_count(); ++row) read_row(*table, header, row);
  if (reading_.records.empty() && reading_.rejected_rows > 0) reading_.usable = false;
}

Reader::RowNumber Reader::row_number(const Grid& grid, int row, int column, const std::string& label,
                                     const std::string& code) {
  CellNumber cell = read_cell_number(grid, row, column);
  if (cell.problem) {
    cell.problem->file = source_.file;
    cell.problem->message = label + cell.problem->message;
    if (cell.problem->severity == Severity::error) {
      cell.problem->message += " Baris " + code + " tidak diambil.";
      reading_.problems.push_back(*cell.problem);
      ++reading_.rejected_rows;
      return {std::nullopt, true};
    }
    reading_.problems.push_back(*cell.problem);
  }
  return {cell.value, false};
}

std::string Reader::free_text(const Grid& grid, const HeaderMatch& header, int row, const char* key,
                              const char* label) {
  StorableText text = storable_text(header.text(grid, row, key));
  if (text.changed) {
    problem(Severity::warning,
            std::string(label) + " memuat karakter kendali atau tak tercetak (misalnya pemisah baris lunak dari Excel): "
                                 "pemisah baris disimpan sebagai baris baru biasa, tab sebagai spasi, karakter lain dibuang.",
            grid.address(row, header.column(key)));
  }
  return std::move(text.text);
}

void Reader::read_row(const Grid& grid, const HeaderMatch& header, int row) {
  if (grid.row_is_empty(row)) return;
  const auto text = [&](const char* key) { return header.text(grid, row, key); };
  const int value_column = header.column("realisasi");
  const std::string where = grid.address(row, value_column);
  const std::string code = text("kode");
  const std::string obstacle = free_text(grid, header, row, "kendala", "Kendala");
  const std::string follow_up = free_text(grid, header, row, "tindak_lanjut", "Tindak lanjut");
  const std::string evidence = free_text(grid, header, row, "bukti_dukung", "Bukti dukung");
  const bool has_value = !std::holds_alternative<Empty>(grid.at(row, value_column)) && !grid.text(row, value_column).empty();
  if (code.empty()) {
    if (has_value || !obstacle.empty()) reject_row("Baris berisi nilai tetapi tanpa kode indikator.", where);
    return;
  }
  const Indicator* indicator = context_.agreement.find(code);
  const std::string code_where = grid.address(row, header.column("kode"));
  if (indicator == nullptr) {
    reject_row("Kode indikator \"" + code + "\" tidak ada di lembar PK buku induk.", code_where);
    return;
  }

  // The row's bidang, year and quarter: its own columns, else the file's, else the master's.
  std::string division = text("bidang");
  if (division.empty()) division = reading_.division;
  if (division.empty()) division = indicator->division;
  const std::string* known = known_division(division);
  if (known == nullptr) {
    reject_row("Bidang \"" + division + "\" tidak ada di lembar PK buku induk.", where);
    return;
  }
  if (fold(*known) != fold(indicator->division)) {
    reject_row("Indikator " + indicator->code + " milik " + indicator->division + ", bukan " + *known + ".",
               code_where);
    return;
  }
  int year = header.has("tahun") ? whole_of(grid, row, header.column("tahun")) : 0;
  if (year == 0) year = reading_.year != 0 ? reading_.year : context_.year;
  if (year != context_.year) {
    reject_row("Baris untuk tahun " + std::to_string(year) + ", buku induk untuk tahun " +
                   std::to_string(context_.year) + ".",
               where);
    return;
  }
  int quarter = header.has("triwulan") ? parse_quarter(grid.text(row, header.column("triwulan"))) : 0;
  if (quarter == 0) quarter = reading_.quarter != 0 ? reading_.quarter : context_.expected_quarter;
  if (quarter == 0) {
    reject_row("Triwulan tidak diketahui: formulir tanpa identitas; sebutkan triwulan yang ditarik.", where);
    return;
  }
  if (context_.expected_quarter != 0 && quarter != context_.expected_quarter) {
    ++reading_.skipped_rows;  // another quarter's row in a multi-quarter table
    return;
  }

  const RowNumber value = row_number(grid, row, value_column, "", indicator->code);
  if (value.rejected) return;
  // The quarter's budget spent (Rp), where the form has the column: a number, never negative.
  std::optional<double> spent;
  std::string spent_where;
  if (header.has("realisasi_anggaran")) {
    const int spent_column = header.column("realisasi_anggaran");
    const RowNumber budget = row_number(grid, row, spent_column, "Realisasi anggaran: ", indicator->code);
    if (budget.rejected) return;
    if (budget.value && *budget.value < 0) {
      reject_row("Realisasi anggaran " + indicator->code + " negatif (Rp " + rupiah(*budget.value) +
                     "): baris tidak diambil.",
                 grid.address(row, spent_column));
      return;
    }
    spent = budget.value;
    if (spent) spent_where = grid.address(row, spent_column);
  }
  // A month's physical progress (%), where the monthly form has the column: 0 to 100.
  std::optional<double> physical;
  if (header.has("progres_fisik")) {
    const int physical_column = header.column("progres_fisik");
    const RowNumber progress = row_number(grid, row, physical_column, "Progres fisik: ", indicator->code);
    if (progress.rejected) return;
    if (progress.value && (*progress.value < 0 || *progress.value > 100)) {
      reject_row("Progres fisik " + indicator->code + " " + format_number(*progress.value) +
                     "% di luar 0 sampai 100: baris tidak diambil.",
                 grid.address(row, physical_column));
      return;
    }
    physical = progress.value;
  }
  if (!value.value && !spent && !physical && obstacle.empty() && follow_up.empty() && evidence.empty()) return;  // not reported
  if (!seen_codes_.insert(code_key(indicator->code) + "/" + std::to_string(quarter) + "/" + std::to_string(reading_.month)).second) {
    reject_row("Kode " + indicator->code + " muncul lebih dari sekali; baris pertama yang dipakai.", code_where);
    return;
  }
  const std::optional<double> target = quarter_targets(*indicator).own[static_cast<std::size_t>(quarter - 1)];
  if (value.value && !target) {
    problem(Severity::warning,
            "Indikator " + indicator->code + " tidak punya target TW " + std::string(roman(quarter)) +
                "; nilai diterima.",
            where);
  }
  if (value.value && *value.value < 0) {
    problem(Severity::warning,
            "Realisasi " + indicator->code + " negatif (" + format_number(*value.value) + " " + indicator->unit +
                "): periksa kembali; nilai diterima.",
            where);
  } else if (value.value && target && *target > 0 && *value.value > far_above_target * *target) {
    problem(Severity::warning,
            "Realisasi " + indicator->code + " " + format_number(*value.value) + " lebih dari " +
                format_number(far_above_target) + " kali target TW " + std::string(roman(quarter)) + " (" +
                format_number(*target) + "): periksa kembali; nilai diterima.",
            where);
  }
  ActualRecord record;
  record.division = *known;
  record.year = year;
  record.quarter = quarter;
  record.month = reading_.month;
  record.physical = physical;
  record.code = indicator->code;
  record.actual = value.value;
  record.spent = spent;
  record.spent_cell = spent_where;
  record.obstacle = obstacle;
  record.follow_up = follow_up;
  record.evidence = evidence;
  record.source_file = source_.file;
  record.source_sha256 = source_.sha256;
  record.source_cell = where;
  record.pulled_at = source_.pulled_at;
  reading_.records.push_back(std::move(record));
}

}  // namespace

int parse_quarter(std::string_view text) {
  std::string key = header_key(text);
  for (std::string_view prefix : {"triwulan", "tw", "q"}) {
    if (key.starts_with(prefix)) {
      key = key.substr(prefix.size());
      break;
    }
  }
  if (key == "1" || key == "i") return 1;
  if (key == "2" || key == "ii") return 2;
  if (key == "3" || key == "iii") return 3;
  if (key == "4" || key == "iv") return 4;
  return 0;
}

SubmissionReading read_submission(const std::vector<SubmittedSheet>& sheets, const SubmissionContext& context,
                                  const SubmissionSource& source) {
  SubmissionReading reading;
  Reader(context, source, reading).read(sheets);
  if (reading.problems.size() > submission_max_problems) {
    const std::size_t more = reading.problems.size() - (submission_max_problems - 1);
    reading.problems.resize(submission_max_problems - 1);
    reading.problems.push_back({Severity::warning,
                                "... dan " + std::to_string(more) + " masalah lain pada berkas ini (tidak dicatat satu per satu).",
                                {}, source.file});
  }
  return reading;
}

SubmissionReading read_submission(const std::vector<Grid>& sheets, const SubmissionContext& context,
                                  const SubmissionSource& source) {
  std::vector<SubmittedSheet> submitted;
  submitted.reserve(sheets.size());
  for (const Grid& grid : sheets) submitted.push_back({grid, false, false});
  return read_submission(submitted, context, source);
}

}  // namespace kinerja::core
