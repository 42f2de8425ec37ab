// The one place where a failure that reached the CLI as an exception becomes what it prints: an
// Indonesian sentence, LibreOffice's own words (if any) only after it, shortened and without the
// source locations of its code (core/office_words.hpp).
#pragma once

#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/uno/Exception.hpp>

#include <exception>
#include <string>

namespace kinerja::cli {

// A UNO exception: the office gone in the middle of a call (its bridge disposed: it crashed or
// was killed) said so, with what became of the master; our own sentences (the engine's
// refusals) as they are; anything else, LibreOffice's raw words, after a sentence of ours.
std::string failure_text(const css::uno::Exception& error);
// The office's bridge disposed (UNO exceptions are no polymorphic types: catch this one first).
std::string failure_text(const css::lang::DisposedException& error);

// Any other exception: a file system error names the path and the reason in Indonesian.
std::string failure_text(const std::exception& error);

}  // namespace kinerja::cli
