// Cell styles Kinerja uses in the master (status colours), created when missing.
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace kinerja::uno {

inline constexpr const char* style_achieved = "Kinerja Tercapai";
inline constexpr const char* style_missed = "Kinerja Tidak Tercapai";
inline constexpr const char* style_unreported = "Kinerja Belum Lapor";
inline constexpr const char* style_not_computed = "Kinerja Tidak Dihitung";
inline constexpr const char* style_header = "Kepala Kolom";
inline constexpr const char* style_title = "Judul";

// Creates the status styles (background colours) when the document lacks them.
void ensure_status_styles(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

}  // namespace kinerja::uno
