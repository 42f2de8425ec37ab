# kinerja_warnings(<target>): the project's own code builds warning-free.
function(kinerja_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 /permissive-)
    if(KINERJA_WERROR)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                                              -Wnon-virtual-dtor -Wconversion -Wno-sign-conversion)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
      # GCC 12 at -O2/-O3 reports std::string concatenation in libstdc++'s own inlined code as
      # overlapping memcpy (-Wrestrict; GCC bugs 105329 and 105651): false positives that
      # would stop every Release build with -Werror.
      target_compile_options(${target} PRIVATE -Wno-restrict)
    endif()
    if(KINERJA_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
