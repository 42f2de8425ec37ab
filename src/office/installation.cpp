#include "office/installation.hpp"

#include <cstdlib>
#include <fstream>

#include "office/office_error.hpp"

namespace kinerja::office {

Installation Installation::locate() {
  Installation installation{KINERJA_DEFAULT_OFFICE_PROGRAM_DIR};
  if (const char* dir = std::getenv("KINERJA_OFFICE_PROGRAM_DIR"); dir != nullptr && *dir != '\0') {
    installation.program_dir = dir;
  }
  std::error_code error;
  if (!std::filesystem::is_regular_file(installation.soffice_bin(), error)) {
    throw OfficeError("LibreOffice tidak ditemukan: " + installation.soffice_bin().string() +
                      " tidak ada. Pasang LibreOffice Calc (Debian: apt-get install "
                      "libreoffice-calc) atau atur KINERJA_OFFICE_PROGRAM_DIR.");
  }
  return installation;
}

std::string Installation::version_key() const {
  std::ifstream in(program_dir / "bootstraprc");
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("ProductKey=", 0) != 0) continue;
    const std::size_t space = line.find_last_of(' ');
    const std::string key = space == std::string::npos ? std::string() : line.substr(space + 1);
    if (!key.empty() && key.find_first_not_of("0123456789.") == std::string::npos) return key;
  }
  return "7.4";
}

}  // namespace kinerja::office
