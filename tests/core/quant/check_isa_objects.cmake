# ctest -R test_quant_isa_objects: the per-ISA objects of fitscope_quant keep to their instruction sets.
#   cmake -DOBJDUMP=... -DOBJECTS="a.o;b.o;..." -P check_isa_objects.cmake
# 1. The AVX2 translation units (gemv_avx2, quantizers_avx2, linalg_avx2) contain no AVX-512 instruction:
#    an AVX2-only CPU runs them.
# 2. No weak symbol of an AVX2 or AVX-512 object (an inline or template function of a shared header that
#    the linker may pick for every caller, the portable path's included) uses a vector register wider
#    than SSE: the copy the linker keeps must run on any x86-64. Symbols in a namespace of that ISA's own
#    (the renamed Eigen copies FitscopeEigenAvx2 / FitscopeEigenAvx512) exist only there and may.
cmake_minimum_required(VERSION 3.25)
set(failures "")
foreach(object IN LISTS OBJECTS)
    get_filename_component(name "${object}" NAME)
    if(NOT name MATCHES "_(avx2|avx512)\\.cpp\\.o(bj)?$")
        continue()
    endif()
    execute_process(COMMAND "${OBJDUMP}" -d --no-show-raw-insn -w "${object}" OUTPUT_VARIABLE asm RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "objdump failed on ${object}")
    endif()
    if(name MATCHES "_avx2\\.")
        if(asm MATCHES "(%zmm|%k[0-7]|%[xy]mm(1[6-9]|2[0-9]|3[01])|vpternlog|vperm[it]2|\\{1to)")
            list(APPEND failures "${name}: AVX-512 instruction (${CMAKE_MATCH_1}) in an AVX2 translation unit")
        endif()
    endif()
    execute_process(COMMAND "${OBJDUMP}" -t -w "${object}" OUTPUT_VARIABLE symbols)
    string(REGEX MATCHALL "[^\n]* w  *F [^\n]*" weak "${symbols}")
    foreach(line IN LISTS weak)
        string(REGEX REPLACE ".* ([^ ]+)$" "\\1" symbol "${line}")
        if(symbol MATCHES "FitscopeEigenAvx")
            continue()
        endif()
        string(REGEX MATCH "\n[0-9a-f]+ <${symbol}>:\n(([^\n]+\n)*)" body "${asm}")
        if(CMAKE_MATCH_1 MATCHES "(%ymm|%zmm|%k[0-7])")
            list(APPEND failures "${name}: weak symbol ${symbol} uses ${CMAKE_MATCH_1}")
        endif()
    endforeach()
endforeach()
if(failures)
    list(JOIN failures "\n" text)
    message(FATAL_ERROR "${text}")
endif()
message(STATUS "per-ISA objects keep to their instruction sets")
