# Locates the LibreOffice SDK (no CMake package or pkg-config file exists for it) and
# provides the IDL -> type library -> C++ headers chain as build-time custom commands.
#
# Every location is a cache variable: override with -DLO_SDK_DIR=... etc. The defaults are
# those of Debian's libreoffice-dev; on Windows point LO_SDK_DIR at <office>/sdk and
# LO_PROGRAM_DIR at <office>/program.

set(LO_PROGRAM_DIR "/usr/lib/libreoffice/program" CACHE PATH
    "LibreOffice program directory (types.rdb, soffice.bin, fundamentalrc)")
set(LO_SDK_DIR "/usr/lib/libreoffice/sdk" CACHE PATH "LibreOffice SDK directory")
set(LO_INCLUDE_DIR "/usr/include/libreoffice" CACHE PATH
    "LibreOffice SDK base headers (sal, rtl, cppu, cppuhelper)")

find_program(LO_UNOIDL_WRITE unoidl-write HINTS "${LO_SDK_DIR}/bin" "${LO_PROGRAM_DIR}" REQUIRED)
find_program(LO_CPPUMAKER cppumaker HINTS "${LO_SDK_DIR}/bin" REQUIRED)
find_file(LO_TYPES_RDB types.rdb HINTS "${LO_PROGRAM_DIR}" NO_DEFAULT_PATH REQUIRED)
find_file(LO_OFFAPI_RDB offapi.rdb HINTS "${LO_PROGRAM_DIR}/types" NO_DEFAULT_PATH REQUIRED)

foreach(lib cppu cppuhelpergcc3 sal salhelpergcc3)
  string(TOUPPER "${lib}" upper)
  find_library(LO_LIB_${upper} NAMES uno_${lib} ${lib}
               HINTS "${LO_SDK_DIR}/lib" "${LO_PROGRAM_DIR}" REQUIRED)
endforeach()

if(NOT EXISTS "${LO_INCLUDE_DIR}/sal/types.h")
  message(FATAL_ERROR "LibreOffice SDK headers not found in LO_INCLUDE_DIR=${LO_INCLUDE_DIR} "
                      "(Debian: apt-get install libreoffice-dev)")
endif()

# The UNO C++ environment of this compiler, as the SDK's settings.mk defines it.
if(MSVC)
  if(CMAKE_SIZEOF_VOID_P EQUAL 8)
    set(LO_CPPU_ENV mscx)
  else()
    set(LO_CPPU_ENV msci)
  endif()
  set(LO_PLATFORM_DEFINES WNT)
else()
  set(LO_CPPU_ENV gcc3)
  set(LO_PLATFORM_DEFINES UNX GCC)
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    list(APPEND LO_PLATFORM_DEFINES LINUX)
  endif()
endif()

# The platform tag of manifest.xml (Linux_x86_64, Windows_x86_64, ...).
if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$")
  set(LO_PLATFORM_ARCH x86_64)
elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "^(aarch64|arm64|ARM64)$")
  set(LO_PLATFORM_ARCH aarch64)
else()
  set(LO_PLATFORM_ARCH "${CMAKE_SYSTEM_PROCESSOR}")
endif()
set(LO_PLATFORM "${CMAKE_SYSTEM_NAME}_${LO_PLATFORM_ARCH}")

# An interface target with the SDK's headers, defines and libraries.
add_library(lo_sdk INTERFACE)
target_include_directories(lo_sdk SYSTEM INTERFACE "${LO_INCLUDE_DIR}")
target_compile_definitions(lo_sdk INTERFACE CPPU_ENV=${LO_CPPU_ENV} ${LO_PLATFORM_DEFINES})
target_link_libraries(lo_sdk INTERFACE
  ${LO_LIB_CPPUHELPERGCC3} ${LO_LIB_CPPU} ${LO_LIB_SALHELPERGCC3} ${LO_LIB_SAL})

# lo_add_idl(<target> RDB <out.rdb> HEADERS <dir> PREFIX <module> ROOT <idl dir>
#            IDL <files...> GENERATED <headers...>)
#
# unoidl-write turns the IDL tree under ROOT (one entity per file; IDL lists the files, for
# the dependencies) into a type library; cppumaker generates the C++ headers of the office API (lightweight, resolved from the office's type libraries at run time) and
# of our own types (comprehensive, so that a remote client can bridge them without our type
# library). GENERATED lists our headers, the declared outputs that sources depend on.
function(lo_add_idl target)
  cmake_parse_arguments(ARG "" "RDB;HEADERS;PREFIX;ROOT" "IDL;GENERATED" ${ARGN})
  set(stamp "${ARG_HEADERS}/offapi.stamp")
  add_custom_command(
    OUTPUT "${ARG_RDB}"
    COMMAND "${LO_UNOIDL_WRITE}" "${LO_TYPES_RDB}" "${LO_OFFAPI_RDB}" "${ARG_ROOT}" "${ARG_RDB}"
    DEPENDS ${ARG_IDL}
    COMMENT "IDL -> ${ARG_RDB}"
    VERBATIM)
  add_custom_command(
    OUTPUT "${stamp}"
    COMMAND "${LO_CPPUMAKER}" -Gc "-O${ARG_HEADERS}" "${LO_TYPES_RDB}" "${LO_OFFAPI_RDB}"
    COMMAND "${CMAKE_COMMAND}" -E touch "${stamp}"
    DEPENDS "${LO_TYPES_RDB}" "${LO_OFFAPI_RDB}"
    COMMENT "cppumaker: office API headers"
    VERBATIM)
  add_custom_command(
    OUTPUT ${ARG_GENERATED}
    COMMAND "${LO_CPPUMAKER}" -C -Gc "-O${ARG_HEADERS}" "-T${ARG_PREFIX}.*" -nD
            "-X${LO_TYPES_RDB}" "-X${LO_OFFAPI_RDB}" "${ARG_RDB}"
    DEPENDS "${ARG_RDB}" "${stamp}"
    COMMENT "cppumaker: ${ARG_PREFIX} headers"
    VERBATIM)
  add_custom_target(${target}_headers DEPENDS ${ARG_GENERATED} "${stamp}" "${ARG_RDB}")
  add_library(${target} INTERFACE)
  add_dependencies(${target} ${target}_headers)
  target_include_directories(${target} SYSTEM INTERFACE "${ARG_HEADERS}")
  target_link_libraries(${target} INTERFACE lo_sdk)
endfunction()
