// Where the LibreOffice to drive is: its program directory (soffice.bin, fundamentalrc).
// Default from the build (LO_PROGRAM_DIR); KINERJA_OFFICE_PROGRAM_DIR overrides it.
#pragma once

#include <filesystem>

namespace kinerja::office {

struct Installation {
  std::filesystem::path program_dir;

  std::filesystem::path soffice_bin() const { return program_dir / "soffice.bin"; }
  std::filesystem::path fundamentalrc() const { return program_dir / "fundamentalrc"; }

  // The configured installation; throws OfficeError when soffice.bin is not there.
  static Installation locate();
};

}  // namespace kinerja::office
