#include "office/installation.hpp"

#include <cstdlib>

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

}  // namespace kinerja::office
