#include "core/office_words.hpp"
#include "core/outcome_messages.hpp"

#include <algorithm>

#include "core/dialog_texts.hpp"
#include "core/master_settings.hpp"
#include "core/lkjip.hpp"
#include "core/menu_texts.hpp"
#include "core/numbers.hpp"

namespace kinerja::core {

std::string decimal_in(Language language, double value, int decimals) {
  std::string text = indonesian_decimal(value, decimals);
  if (language == Language::english) {
    for (char& c : text) {
      if (c == ',') c = '.';
    }
  }
  return text;
}

namespace outcome {

namespace {

std::string n(std::size_t count) { return std::to_string(count); }
std::string n(int count) { return std::to_string(count); }

// "1 file", "4 files": English counts take the plural; Indonesian nouns do not change.
std::string count(std::size_t how_many, const char* one, const char* many) {
  return std::to_string(how_many) + " " + (how_many == 1 ? one : many);
}
std::string count(int how_many, const char* one, const char* many) {
  return count(static_cast<std::size_t>(std::max(how_many, 0)), one, many);
}

std::string joined(const std::vector<std::string>& parts, const std::string& separator, const std::string& last) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += i + 1 == parts.size() ? last : separator;
    out += parts[i];
  }
  return out;
}

// The period's name in English sentences: "TW II", "Semester I", "up to TW II", "the year".
std::string english_label(Period period) {
  const std::string label(label_of(period));
  if (label.starts_with("s.d. ")) return "up to " + label.substr(5);
  if (period == Period::year) return "the year";
  return label;
}

}  // namespace

Message unreported(const std::vector<UnreportedQuarter>& quarters) {
  Message text;
  for (const UnreportedQuarter& q : quarters) {
    const std::string quarter = "TW " + std::string(roman(q.quarter)) + " (";
    text.id += (text.id.empty() ? "Belum lapor: " : "; ") + quarter;
    text.en += (text.en.empty() ? "Not reported yet: " : "; ") + quarter;
    if (q.all) {
      text.id += "semua bidang";
      text.en += "every division";
    } else {
      text.id += joined(q.divisions, ", ", ", ");
      text.en += joined(q.divisions, ", ", ", ");
    }
    text.id += ")";
    text.en += ")";
  }
  return text;
}

Message master_invalid_year(int year) {
  return {"Tahun " + n(year) + " tidak sah: buku induk dibuat untuk tahun " + n(first_year) + " sampai " +
              n(last_year) + ".",
          "The year " + n(year) + " is not valid: a master workbook is for a year from " + n(first_year) + " to " +
              n(last_year) + "."};
}

Message master_not_made() { return {"Buku induk tidak dibuat.", "No master workbook was made."}; }

Message master_not_made(int errors, const std::string& agreement_file) {
  return {"Buku induk tidak dibuat: " + n(errors) + " galat pada " + agreement_file + ".",
          "No master workbook was made: " + count(errors, "error", "errors") + " in " +
              agreement_file + "."};
}

Message master_made_empty(int year) {
  return {"Buku induk baru tahun " + n(year) + ": isi lembar PK dengan Perjanjian Kinerja dan Rencana Aksi.",
          "New master workbook for " + n(year) +
              ": fill the PK sheet with the performance agreement and the action plan."};
}

Message master_made(std::size_t indicators, std::size_t divisions, int year) {
  return {"Buku induk dibuat: " + n(indicators) + " indikator, " + n(divisions) + " bidang, tahun " + n(year) + ".",
          "Master workbook made: " + count(indicators, "indicator", "indicators") + ", " +
              count(divisions, "division", "divisions") + ", year " + n(year) + "."};
}

Message forms_not_made(int errors, const std::string& master_name) {
  return {"Formulir tidak dibuat: " + n(errors) + " galat pada " + master_name + ".",
          "No forms were made: " + count(errors, "error", "errors") + " in " + master_name + "."};
}

Message forms_no_such_quarter(int quarter) {
  return {"Formulir tidak dibuat: triwulan " + n(quarter) + " tidak ada (1 sampai 4, atau 0 untuk triwulan berjalan).",
          "No forms were made: there is no quarter " + n(quarter) + " (1 to 4, or 0 for the working quarter)."};
}

Message forms_no_such_month(int month) {
  return {"Formulir tidak dibuat: bulan " + n(month) + " tidak ada (1 sampai 12).",
          "No forms were made: there is no month " + n(month) + " (1 to 12)."};
}

Message forms_exist(const std::vector<std::string>& existing) {
  std::vector<std::string> shown(existing.begin(), existing.begin() + static_cast<long>(std::min<std::size_t>(3, existing.size())));
  std::string names = joined(shown, ", ", ", ");
  if (existing.size() > 3) names += ", ...";
  return {"Formulir tidak dibuat: " + n(existing.size()) + " berkas sudah ada di folder itu (" + names +
              ") dan tidak ditimpa, karena bisa jadi sudah diisi bidang. Pilih folder lain.",
          "No forms were made: " + count(existing.size(), "file is", "files are") + " in that folder already (" + names +
              ") and were not replaced, as the divisions may have filled them. Choose another folder."};
}

Message period_named(const FormPeriod& period, int year) {
  if (period.month > 0) {
    const int month = period.month >= 1 && period.month <= 12 ? period.month : 1;
    return {std::string(month_name(month)) + " " + n(year),
            std::string(dialog_text::make_forms::months[month - 1].en) + " " + n(year)};
  }
  return both("TW " + std::string(roman(period.quarter)) + " " + n(year));
}

Message forms_made(std::size_t forms, const Message& period, const std::vector<std::string>& formats,
                   const std::string& folder) {
  std::vector<std::string> dotted;
  for (const std::string& format : formats) dotted.push_back("." + format);
  return {n(forms) + " formulir bidang dibuat untuk " + period.id + " (" + joined(dotted, ", ", " dan ") + ") di folder " +
              folder + ".",
          count(forms, "division form", "division forms") + " made for " + period.en + " (" + joined(dotted, ", ", " and ") + ") in the folder " +
              folder + "."};
}

Message pull_not_done(int errors, const std::string& master_name) {
  return {"Kiriman tidak ditarik: " + n(errors) + " galat pada " + master_name + ".",
          "Nothing was pulled: " + count(errors, "error", "errors") + " in " + master_name + "."};
}

Message pull_done(const PullTally& tally, const MergeOutcome& merged, std::size_t problems,
                  const std::vector<std::string>& skipped) {
  const int values = merged.added + merged.replaced;
  Message summary{
      n(tally.files) + " berkas: " + n(tally.accepted) + " diterima, " + n(tally.partial) + " sebagian, " +
          n(tally.rejected) + " ditolak; " + n(values) + " nilai masuk (" + n(merged.added) + " baru, " +
          n(merged.replaced) + " diganti), " + n(merged.unchanged) + " tidak berubah; " + n(problems) + " masalah.",
      count(tally.files, "file", "files") + ": " + n(tally.accepted) + " accepted, " + n(tally.partial) +
          " in part, " + n(tally.rejected) + " rejected; " + count(values, "value", "values") + " in (" +
          n(merged.added) + " new, " + n(merged.replaced) + " replaced), " + n(merged.unchanged) + " unchanged; " +
          count(problems, "problem", "problems") + "."};
  if (!skipped.empty()) {
    summary = summary + Message{"\nTidak dibaca (bukan lembar kerja, CSV atau surel): ", "\nNot read (no spreadsheet, CSV or email): "} +
              both(joined(skipped, ", ", ", ") + ".");
  }
  if (!merged.changes.empty()) summary = summary + Message{"\nDiganti: ", "\nReplaced: "} + both(joined(merged.changes, "; ", "; "));
  return summary;
}

Message history_not_taken(const std::string& master_name) {
  return {"Riwayat tidak diambil: galat pada " + master_name + ".",
          "No earlier years were taken: errors in " + master_name + "."};
}

Message history_none(std::size_t files) {
  return {"Riwayat tidak diambil: tidak satu pun dari " + n(files) +
              " berkas memberi riwayat (lihat masalahnya). Lembar Riwayat tidak berubah.",
          "No earlier years were taken: none of the " + count(files, "file", "files") +
              " gave any (see the problems). The Riwayat sheet is unchanged."};
}

Message history_taken(std::size_t records, const std::vector<int>& years, int files, std::size_t problems) {
  std::vector<std::string> listed;
  for (int year : years) listed.push_back(n(year));
  return {"Riwayat diambil: " + n(records) + " baris indikator dari tahun " + joined(listed, ", ", " dan ") + " (" +
              n(files) + " berkas) ke lembar Riwayat; " + n(problems) + " masalah.",
          "Earlier years taken: " + count(records, "indicator row", "indicator rows") + " of " +
              joined(listed, ", ", " and ") + " (" + count(files, "file", "files") + ") on the Riwayat sheet; " +
              count(problems, "problem", "problems") + "."};
}

Message emails_not_made(const std::string& master_name) {
  return {"Pesan surel tidak dibuat: galat pada " + master_name + ".",
          "No email messages were made: errors in " + master_name + "."};
}

Message emails_made(int written, const Message& period, int without_address, const std::string& folder) {
  Message made{n(written) + " pesan surel formulir " + period.id + " (.eml) dibuat di folder " + folder + ".",
               count(written, "email message", "email messages") + " with the " + period.en + " forms (.eml) made in the folder " +
                   folder + "."};
  if (without_address > 0) {
    made = made + Message{" " + n(without_address) + " tanpa alamat penerima: isi Kontak Bidang di Pengaturan.",
                          " " + n(without_address) + " without a recipient: fill in Kontak Bidang on Pengaturan."};
  }
  return made;
}

Message emails_opened(int opened, const Message& period, int without_address, bool forms_made, const std::string& folder) {
  Message said{n(opened) + " pesan surel formulir " + period.id + " dibuka di program surel, siap diperiksa dan dikirim.",
               count(opened, "email message", "email messages") + " with the " + period.en +
                   " forms opened in the mail program, ready to check and send."};
  if (forms_made) {
    said = said + Message{" Formulirnya dibuat dulu di folder " + folder + ".",
                          " The forms were made first in the folder " + folder + "."};
  }
  if (without_address > 0) {
    said = said + Message{" " + n(without_address) + " tanpa alamat penerima: isi Kontak Bidang di Pengaturan.",
                          " " + n(without_address) + " without a recipient: fill in Kontak Bidang on Pengaturan."};
  }
  return said + Message{" Tanggal kirim dicatat di Status Kiriman.", " The day sent is noted on Status Kiriman."};
}

Message emails_not_opened(const std::string& master_name) {
  return {"Pesan surel tidak dibuka: periksa masalah pada " + master_name + ".",
          "No email message opened: see the problems of " + master_name + "."};
}

Message forms_ready_in(const Message& period, const std::string& folder) {
  return {" Formulir " + period.id + " sudah dibuat di folder " + folder + ".",
          " The " + period.en + " forms were made in the folder " + folder + "."};
}

Message no_mail_program(const std::string& raw_detail) {
  const std::string detail = office_words(raw_detail);
  return {"Program surel tidak dapat dibuka (" + detail +
              "). Atur program surel di Alat > Opsi > Internet > Surel, atau buat pesan .eml dengan "
              "kinerja forms --eml.",
          "The mail program could not be opened (" + detail +
              "). Set one in Tools > Options > Internet > Email, or make .eml messages with kinerja forms --eml."};
}

Message e81_not_made(const std::string& master_name) {
  return {"E.81 tidak dibuat: galat pada " + master_name + ".", "No E.81 was made: errors in " + master_name + "."};
}

Message e81_made(int quarter, int year, std::size_t indicators, std::optional<double> average,
                 const std::string& rating, const std::string& path) {
  const std::string period = "TW " + std::string(roman(quarter)) + " " + n(year);
  Message made{"E.81 " + period + " dibuat: " + n(indicators) + " indikator",
               "E.81 of " + period + " made: " + count(indicators, "indicator", "indicators")};
  if (average) {
    made = made + Message{", rata-rata capaian " + decimal_in(Language::indonesian, *average) + " % (" + rating + ")",
                          ", average achievement " + decimal_in(Language::english, *average) + " % (" + rating + ")"};
  }
  return made + Message{"; nilai saja, terbuka tanpa ekstensi Kinerja.\n", "; values only, it opens without the Kinerja extension.\n"} +
         both(path);
}

Message recap_not_computed(const std::string& master_name) {
  return {"Rekap tidak dihitung: galat pada " + master_name + ".",
          "The recap was not computed: errors in " + master_name + "."};
}

Message recap_computed(std::size_t indicators, std::size_t periods) {
  return {"Rekap dihitung: " + n(indicators) + " indikator x " + n(periods) + " periode.",
          "Recap computed: " + count(indicators, "indicator", "indicators") + " x " + count(periods, "period", "periods") + "."};
}

Message targets_not_flagged(const std::string& master_name) {
  return {"Target tidak ditandai: galat pada " + master_name + ".",
          "No targets were flagged: errors in " + master_name + "."};
}

Message targets_flagged(Period evaluated, int year, const FollowUpCounts& counts) {
  return {std::string(label_of(evaluated)) + " " + n(year) + ": " + n(counts.missed) + " tidak tercapai, " +
              n(counts.unreported) + " belum lapor, " + n(counts.behind_schedule) +
              " di belakang jadwal rencana aksi; daftar per bidang di lembar Disposisi.",
          english_label(evaluated) + " " + n(year) + ": " + n(counts.missed) + " missed, " + n(counts.unreported) +
              " not reported, " + n(counts.behind_schedule) +
              " behind the action plan's schedule; the list per division is on the Disposisi sheet."};
}

Message report_not_filled(const std::string& master_name) {
  return {"Laporan tidak diisi: galat pada " + master_name + ".",
          "The report was not filled: errors in " + master_name + "."};
}

Message report_filled(Period period, int year, std::size_t indicators, std::optional<double> average,
                      const std::string& average_rating, const std::vector<UnreportedQuarter>& unreported) {
  const std::string sheet = report_sheet_name(period);
  Message summary{report_title(period, year) + " diisi: " + n(indicators) + " indikator",
                  "Report filled on the sheet " + sheet + " (" + english_label(period) + " " + n(year) + "): " +
                      count(indicators, "indicator", "indicators")};
  if (average) {
    summary = summary + Message{", rata-rata capaian " + decimal_in(Language::indonesian, *average) + " % (" +
                                    average_rating + ")",
                                ", average achievement " + decimal_in(Language::english, *average) + " % (" +
                                    average_rating + ")"};
  }
  summary = summary + both(".");
  if (period == Period::year) {
    summary = summary + Message{" Tabel Bab III LKjIP di lembar " + chapter3_sheet_name() + ".",
                                " The LKjIP chapter III tables are on the sheet " + chapter3_sheet_name() + "."};
  }
  // A report filled before every bidang has reported (an annual report mid-year) says so.
  if (!unreported.empty()) summary = summary + both(" ") + outcome::unreported(unreported) + both(".");
  return summary;
}

Message no_report(std::optional<Period> period) {
  const std::string sheet = period ? report_sheet_name(*period) : std::string();
  const char* command = period == Period::year                           ? "ReportYear"
                        : period == Period::s1 || period == Period::s2 ? "ReportSemester"
                                                                       : "ReportQuarter";
  const LocalizedText& title = find_menu_command(command)->title;
  return {"Belum ada " + (period ? sheet : std::string("laporan")) + ": isi dulu lewat Kinerja > " +
              std::string(title.id) + ".",
          "There is no " + (period ? "sheet " + sheet : std::string("report")) + " yet: fill it first with Kinerja > " +
              std::string(title.en) + "."};
}

Message pdf_exported(Period period, const std::string& path) {
  const std::string sheet = report_sheet_name(period);
  return {sheet + " diekspor ke " + path + ".", sheet + " exported to " + path + "."};
}

Message share_copy_made(const std::vector<std::string>& sheets, bool everything) {
  if (everything) {
    return {"Salinan lengkap untuk dibagikan dibuat: semua " + n(sheets.size()) +
                " lembar, termasuk NIP penanda tangan, sidik berkas, nama pengguna dan Jejak SOP; nilai saja, terbuka "
                "tanpa ekstensi Kinerja.",
            "Full copy to share made: " + (sheets.size() == 1 ? std::string("its one sheet") : "all " + n(sheets.size()) + " sheets") +
                ", the signatory's NIP, file hashes, user names and the Jejak SOP included; values only, it "
                "opens without the Kinerja extension."};
  }
  const std::string names = joined(sheets, ", ", ", ");
  return {"Salinan untuk dibagikan dibuat: " + (names.empty() ? std::string("(belum ada Rekap atau laporan)") : names) +
              "; nilai saja, terbuka tanpa ekstensi Kinerja; tanpa NIP penanda tangan, sidik berkas, nama pengguna "
              "dan Jejak SOP.",
          "Copy to share made: " + (names.empty() ? std::string("(no Rekap or report yet)") : names) +
              "; values only, it opens without the Kinerja extension; without the signatory's NIP, file hashes, "
              "user names and the Jejak SOP."};
}

Message unknown_period() {
  const std::string codes(report_period_codes());
  return {"Periode tidak dikenal: " + codes + ".", "Unknown period: " + codes + "."};
}

Message no_quarter(int quarter) {
  return {"Triwulan " + n(quarter) + " tidak ada: triwulan 1 sampai 4.",
          "There is no quarter " + n(quarter) + ": quarters are 1 to 4."};
}

Message no_format(const std::string& format) {
  return {"Format \"" + format + "\" tidak dikenal: ods, xlsx atau both.",
          "Unknown format \"" + format + "\": ods, xlsx or both."};
}

Message needs_argument(const LocalizedText& command_title, const char* argument) {
  return {std::string(command_title.id) + " tanpa layar memerlukan argumen " + argument + ".",
          std::string(command_title.en) + " without a window needs the argument " + argument + "."};
}

Message cancelled() { return {"Dibatalkan.", "Cancelled."}; }

Message more_problems(long more) {
  return {"... " + std::to_string(more) + " masalah lagi.", "... " + std::to_string(more) + (more == 1 ? " more problem." : " more problems.")};
}

}  // namespace outcome
}  // namespace kinerja::core
