// Sets where a stored workbook file opens (core/stored_view.hpp): its view settings are
// rewritten in the file through the office's own package storage, nothing else in it is
// touched. For the files Calc itself just wrote.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

#include "core/file_format.hpp"

namespace kinerja::unobase {

// The sheet at `sheet_index` (named `sheet_name`) in view, the cursor at (row, column).
void open_file_at(const css::uno::Reference<css::uno::XComponentContext>& context, const rtl::OUString& url,
                  core::FileFormat format, int sheet_index, const std::string& sheet_name, int row, int column);

}  // namespace kinerja::unobase
