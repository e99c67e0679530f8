# Warnings for FitScope's own targets only: third-party headers are included as SYSTEM
# (imported targets), so -Werror never trips on code we do not own.
add_library(fitscope_warnings INTERFACE)
target_compile_options(fitscope_warnings INTERFACE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor)
# GCC spells the local-shadowing warning -Wshadow=local; clang (the fuzz preset) -Wshadow-uncaptured-local.
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    target_compile_options(fitscope_warnings INTERFACE -Wshadow-uncaptured-local)
else()
    target_compile_options(fitscope_warnings INTERFACE -Wshadow=local)
endif()
if(FITSCOPE_WERROR)
    target_compile_options(fitscope_warnings INTERFACE -Werror)
endif()

# Embeds a text file into a C++ source as a string_view, so the core library carries its own
# catalogs without Qt resources and without looking for files at run time.
function(fitscope_embed_text target symbol input)
    set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded_${symbol}.cpp")
    add_custom_command(
        OUTPUT "${out}"
        COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DOUTPUT=${out} -DSYMBOL=${symbol}
                -P "${PROJECT_SOURCE_DIR}/cmake/EmbedText.cmake"
        DEPENDS "${input}" "${PROJECT_SOURCE_DIR}/cmake/EmbedText.cmake"
        COMMENT "Embedding ${input}")
    target_sources(${target} PRIVATE "${out}")
endfunction()
