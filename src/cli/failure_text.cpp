#include "cli/failure_text.hpp"

#include <com/sun/star/lang/DisposedException.hpp>

#include <filesystem>
#include <new>
#include <system_error>

#include "cli/file_checks.hpp"
#include "core/office_words.hpp"
#include "unobase/strings.hpp"

namespace kinerja::cli {

namespace {

// Whether the text holds LibreOffice's raw words outside the "(LibreOffice: ...)" that our own
// sentences put them in: they carry a source location of its code.
bool raw_office_words(const std::string& text) {
  std::string outside = text;
  for (std::size_t at = outside.find("(LibreOffice: "); at != std::string::npos; at = outside.find("(LibreOffice: ")) {
    const std::size_t end = outside.find(')', at);
    outside.erase(at, end == std::string::npos ? std::string::npos : end - at + 1);
  }
  return core::has_source_location(outside);
}

bool bridge_gone(const std::string& text) {
  return text.find("bridge disposed") != std::string::npos || text.find("URP bridge") != std::string::npos;
}

std::string office_gone() {
  const std::string master = master_state_note();
  return "LibreOffice berhenti di tengah perintah (mogok, kehabisan memori, atau dihentikan program lain)" +
         (master.empty() ? std::string() : "; " + master) + ". Jalankan perintahnya lagi.";
}

std::string reason_of(const std::error_code& code) {
  switch (static_cast<std::errc>(code.value())) {
    case std::errc::permission_denied:
    case std::errc::operation_not_permitted: return "tidak ada izin";
    case std::errc::no_such_file_or_directory: return "tidak ada";
    case std::errc::no_space_on_device: return "disk penuh";
    case std::errc::read_only_file_system: return "sistem berkasnya hanya-baca";
    case std::errc::file_exists: return "sudah ada";
    case std::errc::not_a_directory: return "bukan folder";
    case std::errc::is_a_directory: return "adalah folder";
    case std::errc::filename_too_long: return "namanya terlalu panjang";
    case std::errc::too_many_symbolic_link_levels: return "tautan simboliknya berputar";
    default: return "galat sistem " + std::to_string(code.value());
  }
}

}  // namespace

std::string failure_text(const css::uno::Exception& error) {
  std::string text = unobase::to_utf8(error.Message);
  if (bridge_gone(text)) return office_gone();
  if (text.rfind("Kinerja: ", 0) == 0) text.erase(0, 9);  // the engine's guard names itself
  if (text.empty()) return "LibreOffice gagal tanpa keterangan. Jalankan perintahnya lagi.";
  if (raw_office_words(text)) {
    return core::with_office_words("LibreOffice gagal menjalankan perintah ini. Jalankan perintahnya lagi; bila "
                                   "terulang, laporkan rincian berikut.",
                                   text);
  }
  return text;
}

std::string failure_text(const css::lang::DisposedException&) { return office_gone(); }

std::string failure_text(const std::exception& error) {
  if (const auto* e = dynamic_cast<const std::filesystem::filesystem_error*>(&error)) {
    const std::string path = e->path1().empty() ? std::string() : e->path1().string() + ": ";
    return path + reason_of(e->code()) + "; periksa berkas atau folder itu, atau pilih yang lain.";
  }
  if (const auto* e = dynamic_cast<const std::system_error*>(&error)) {
    return "galat sistem: " + reason_of(e->code()) + ".";
  }
  if (dynamic_cast<const std::bad_alloc*>(&error) != nullptr) return "memori tidak cukup.";
  return std::string("galat: ") + error.what();
}

}  // namespace kinerja::cli
