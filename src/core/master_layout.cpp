#include "core/master_layout.hpp"

#include <algorithm>
#include <map>

#include "core/agreement.hpp"
#include "core/text.hpp"

namespace kinerja::core::master_layout {

bool shared_by_default(std::string_view sheet) {
  const std::string name = fold(sheet);
  return name == fold(recap) || name == fold(disposition) || name.rfind(fold(report), 0) == 0;
}

int header_width(std::string_view header) {
  constexpr int per_character = 250, padding = 200, filter_button = 500;
  return static_cast<int>(longest_word(header)) * per_character + padding + filter_button;
}

bool is_master(const std::vector<std::string>& sheet_names) {
  int found = 0;
  for (std::string_view name : {settings, agreement, sop_trail}) {
    for (const std::string& sheet : sheet_names) {
      if (fold(sheet) == fold(name)) {
        ++found;
        break;
      }
    }
  }
  return found == 3;
}

const std::vector<std::string_view>& sheets() {
  static const std::vector<std::string_view> all = {instructions, settings, agreement, actuals, recap,
                                                    report, submissions, problems, sop_trail};
  return all;
}

const std::vector<std::string_view>& headers(std::string_view sheet) {
  static const std::map<std::string_view, std::vector<std::string_view>> all = {
      {agreement, agreement_titles()},
      {actuals,
       {"Bidang", "Tahun", "Triwulan", "Kode", "Realisasi", "Realisasi Anggaran (Rp)", "Kendala", "Tindak Lanjut",
        "Bukti Dukung", "Berkas Asal", "SHA-256 Berkas", "Sel Asal", "Sel Asal Anggaran", "Waktu Tarik", "Segel"}},
      {history, {"Kode", "Indikator", "Tahun", "Target", "Realisasi", "Capaian (%)", "Sumber"}},
      {monthly,
       {"Bidang", "Tahun", "Bulan", "Kode", "Realisasi", "Realisasi Anggaran (Rp)", "Progres Fisik (%)", "Permasalahan",
        "Bukti Dukung", "Berkas Asal", "SHA-256 Berkas", "Sel Asal", "Waktu Tarik"}},
      {deliveries, {"Bidang", "Periode", "Dikirim", "Batas Kirim", "Diterima", "Status", "Pengingat"}},
      {recap,
       {"Kode", "Bidang", "Sasaran", "Indikator", "Satuan", "Periode", "Target", "Realisasi",
        "Capaian (%)", "Predikat", "Status", "Catatan"}},
      {submissions,
       {"Waktu Tarik", "Berkas", "SHA-256", "Bidang", "Tahun", "Triwulan", "Hasil", "Nilai Diterima",
        "Nilai Ditolak", "Catatan", "Pengirim Surel", "Tanggal Surel", "Bulan"}},
      {problems, {"Waktu", "Berkas", "Lokasi", "Tingkat", "Pesan"}},
      {disposition, {"Bidang", "Kode", "Indikator", "Keadaan", "Capaian (%)", "Catatan"}},
      {sop_trail,
       {"No", "Uraian Prosedur", "Pelaksana", "Waktu Standar", "Output", "Dilakukan", "Perintah", "Oleh",
        "Lama Perintah", "Perintah dalam Waktu Standar"}},
  };
  static const std::vector<std::string_view> none;
  const auto found = all.find(sheet);
  return found == all.end() ? none : found->second;
}

std::vector<Cell> header_cells(std::string_view sheet) {
  std::vector<Cell> cells;
  for (std::string_view title : headers(sheet)) cells.emplace_back(std::string(title));
  return cells;
}

}  // namespace kinerja::core::master_layout
