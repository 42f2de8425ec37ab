#include "core/master_settings.hpp"

#include <algorithm>
#include <cmath>

#include "core/header_match.hpp"
#include "core/mail_fields.hpp"
#include "core/numbers.hpp"
#include "core/option_words.hpp"
#include "core/text.hpp"

namespace kinerja::core {
namespace {

constexpr const char* title = "Pengaturan Buku Induk Kinerja";
constexpr const char* label_agency = "Nama Instansi";
constexpr const char* label_year = "Tahun";
constexpr const char* label_place = "Tempat";
constexpr const char* label_signatory_name = "Nama Penanda Tangan";
constexpr const char* label_signatory_nip = "NIP Penanda Tangan";
constexpr const char* label_signatory_title = "Jabatan Penanda Tangan";
constexpr const char* label_negative = "Metode Indikator Negatif";
constexpr const char* label_threshold = "Batas Tercapai (%)";
constexpr const char* label_cap = "Batas Atas Capaian untuk Rata-rata (%)";
constexpr const char* label_efficiency = "Batas Efisiensi (poin capaian - serapan)";
constexpr const char* label_due = "Batas Kirim Formulir (hari setelah triwulan)";
constexpr const char* label_quarter = "Triwulan Berjalan (1-4, kosong: otomatis)";
constexpr const char* label_scale = "Skala Predikat";
constexpr const char* header_bound = "Batas Bawah (%)";
constexpr const char* header_label = "Predikat";
constexpr const char* label_contacts = "Kontak Bidang";
constexpr const char* header_division = "Bidang";
constexpr const char* header_contact = "Nama Kontak";
constexpr const char* header_email = "Surel";

Cell text(const std::string& value) { return value; }

bool is(const Grid& grid, int row, const char* label) {
  return header_key(grid.text(row, 0)) == header_key(label);
}

}  // namespace

Grid settings_grid(const MasterSettings& settings) {
  const MasterInfo& info = settings.info;
  std::vector<std::vector<Cell>> rows = {
      {text(title), text("Nilai")},
      {text(label_agency), text(info.agency)},
      {text(label_year), info.year > 0 ? Cell(Number{static_cast<double>(info.year)}) : Cell(Empty{})},
      {text(label_place), text(info.place)},
      {text(label_signatory_name), text(info.signatory_name)},
      {text(label_signatory_nip), text(info.signatory_nip)},
      {text(label_signatory_title), text(info.signatory_title)},
      {text(label_negative), text(std::string(word_of(settings.rules.negative_method)))},
      {text(label_threshold), Number{settings.rules.missed_threshold}},
      {text(label_cap), number_or_empty(settings.rules.cap)},
      {text(label_efficiency), Number{settings.rules.efficiency_margin}},
      {text(label_due), Number{static_cast<double>(info.due_days)}},
      {text(label_quarter), info.current_quarter > 0 ? Cell(Number{static_cast<double>(info.current_quarter)})
                                                     : Cell(Empty{})},
      {},
      {text(label_scale)},
      {text(header_bound), text(header_label)},
  };
  for (const RatingBand& band : settings.rules.rating_scale.bands()) {
    rows.push_back({Number{band.lower_bound}, text(band.label)});
  }
  rows.emplace_back();
  rows.push_back({text(label_contacts)});
  rows.push_back({text(header_division), text(header_contact), text(header_email)});
  for (const DivisionContact& c : settings.contacts) rows.push_back({text(c.division), text(c.name), text(c.email)});
  return Grid("Pengaturan", std::move(rows));
}

int working_quarter(const MasterInfo& info, const Date& today) {
  if (info.current_quarter >= 1 && info.current_quarter <= 4) return info.current_quarter;
  if (info.year > 0 && today.year > info.year) return 4;  // the master's year is over
  if (info.year > 0 && today.year < info.year) return 1;  // it has not begun
  const int running = (today.month - 1) / 3 + 1;
  if (running > 1) return running - 1;
  // January-March: of a master of this year, TW I is the one to come; of a master of no
  // known year, last year's TW IV.
  return info.year > 0 ? 1 : 4;
}

SettingsReading read_settings(const Grid& grid) {
  SettingsReading reading;
  MasterSettings& out = reading.settings;
  const auto number = [&](int row) -> std::optional<double> {
    CellNumber cell = read_cell_number(grid, row, 1);
    if (cell.problem) {
      cell.problem->message = grid.text(row, 0) + ": " + cell.problem->message;
      reading.problems.push_back(*cell.problem);
    }
    return cell.value;
  };
  int scale_header = -1;
  for (int row = 0; row < grid.row_count(); ++row) {
    if (is(grid, row, label_agency)) {
      out.info.agency = grid.text(row, 1);
      reading.agency_cell = grid.address(row, 1);
      if (auto problem = header_text_problem("Nama instansi", out.info.agency, reading.agency_cell)) {
        reading.problems.push_back(std::move(*problem));
        out.info.agency = std::string(default_agency);
      }
    } else if (is(grid, row, label_year)) {
      reading.year_cell = grid.address(row, 1);
      const auto year = number(row);
      if (year && *year >= 1900 && *year <= 2200 && *year == std::floor(*year)) {
        out.info.year = static_cast<int>(*year);
      } else {
        reading.problems.push_back({Severity::error, "Tahun harus diisi dengan tahun, misalnya 2023.",
                                    grid.address(row, 1), {}});
      }
    } else if (is(grid, row, label_place)) {
      out.info.place = grid.text(row, 1);
    } else if (is(grid, row, label_signatory_name)) {
      out.info.signatory_name = grid.text(row, 1);
    } else if (is(grid, row, label_signatory_nip)) {
      out.info.signatory_nip = grid.text(row, 1);
    } else if (is(grid, row, label_signatory_title)) {
      out.info.signatory_title = grid.text(row, 1);
    } else if (is(grid, row, label_negative)) {
      const std::string word = grid.text(row, 1);
      if (const auto method = parse_negative_method(word)) {
        out.rules.negative_method = *method;
      } else if (!word.empty()) {
        reading.problems.push_back({Severity::error, "Metode indikator negatif \"" + word +
                                                         "\" tidak dikenal: isi selisih atau rasio.",
                                    grid.address(row, 1), {}});
      }
    } else if (is(grid, row, label_threshold)) {
      if (const auto value = number(row)) out.rules.missed_threshold = *value;
    } else if (is(grid, row, label_cap)) {
      out.rules.cap = number(row);
    } else if (is(grid, row, label_efficiency)) {
      const auto value = number(row);
      if (value && *value < 0) {
        reading.problems.push_back({Severity::error, "Batas efisiensi tidak boleh negatif (bawaan 5 poin).",
                                    grid.address(row, 1), {}});
      } else if (value) {
        out.rules.efficiency_margin = *value;
      }
    } else if (is(grid, row, label_due)) {
      if (const auto value = number(row); value && *value >= 0) out.info.due_days = static_cast<int>(*value);
    } else if (is(grid, row, label_quarter)) {
      const auto value = number(row);
      if (value && (*value < 1 || *value > 4 || *value != std::floor(*value))) {
        reading.problems.push_back({Severity::error, "Triwulan berjalan harus 1 sampai 4, atau kosong.",
                                    grid.address(row, 1), {}});
      } else if (value) {
        out.info.current_quarter = static_cast<int>(*value);
      }
    } else if (is(grid, row, header_bound)) {
      scale_header = row;
      break;
    }
  }
  if (scale_header >= 0) {
    std::vector<RatingBand> bands;
    for (int row = scale_header + 1; row < grid.row_count() && !grid.row_is_empty(row); ++row) {
      const CellNumber bound = read_cell_number(grid, row, 0);
      const std::string label = grid.text(row, 1);
      if (!bound.value || label.empty()) {
        reading.problems.push_back({Severity::error,
                                    "Baris skala predikat perlu batas bawah (angka) dan predikat.",
                                    grid.address(row, 0), {}});
        continue;
      }
      bands.push_back({*bound.value, label});
    }
    if (!bands.empty()) out.rules.rating_scale = RatingScale(std::move(bands));
  }
  for (int row = std::max(scale_header, 0); row < grid.row_count(); ++row) {
    if (!is(grid, row, header_division) || header_key(grid.text(row, 1)) != header_key(header_contact)) continue;
    for (int r = row + 1; r < grid.row_count() && !grid.row_is_empty(r); ++r) {
      DivisionContact contact{grid.text(r, 0), grid.text(r, 1), grid.text(r, 2), grid.address(r, 1), grid.address(r, 2)};
      if (contact.division.empty()) continue;
      // Each of the three reaches a header (the name, or the bidang when it has none; the address).
      if (auto problem = header_text_problem("Bidang pada Kontak Bidang", contact.division, grid.address(r, 0))) {
        problem->severity = Severity::warning;  // the row is left out: its bidang has no contact
        reading.problems.push_back(std::move(*problem));
        continue;
      }
      if (auto problem = header_text_problem("Nama kontak " + contact.division, contact.name, grid.address(r, 1))) {
        problem->severity = Severity::warning;
        problem->message += " Pesan untuk bidang ini tidak dibuat sampai diperbaiki.";
        contact.refused = *problem;
        reading.problems.push_back(std::move(*problem));
        contact.name.clear();
      }
      if (!contact.email.empty() && !valid_email_address(contact.email)) {
        const Problem problem{Severity::warning,
                              "Surel \"" + visible_text(contact.email) + "\" untuk " + contact.division +
                                  " bukan alamat surel yang dapat dipakai: tulis satu alamat seperti "
                                  "nama@contoh.go.id (sebelum @ hanya huruf, angka, titik dan tanda seperti - _ +; "
                                  "tanpa spasi, tanda petik, ?, & atau baris baru). Pesan untuk bidang ini tidak "
                                  "dibuat sampai diperbaiki.",
                              grid.address(r, 2), {}};
        if (!contact.refused) contact.refused = problem;
        reading.problems.push_back(problem);
        contact.email.clear();
      }
      out.contacts.push_back(std::move(contact));
    }
    break;
  }
  return reading;
}

const DivisionContact* contact_of(const MasterSettings& settings, std::string_view division) {
  for (const DivisionContact& c : settings.contacts) {
    if (fold(c.division) == fold(division)) return &c;
  }
  return nullptr;
}

}  // namespace kinerja::core
