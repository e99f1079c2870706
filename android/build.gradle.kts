plugins {
    id("com.android.application") version "8.7.3" apply false
    id("org.jetbrains.kotlin.android") version "2.1.0" apply false
    id("org.jetbrains.kotlin.jvm") version "2.1.0" apply false
    id("org.jetbrains.kotlin.plugin.compose") version "2.1.0" apply false
}

/** The workspace root (the folder holding Cargo.toml). */
val workspace: File = rootDir.parentFile

/**
 * Generates the Kotlin bindings from a host build of relais-ffi (the library carries the
 * UniFFI metadata); both :shared and :app compile them.
 */
val generateBindings by tasks.registering(Exec::class) {
    val out = layout.buildDirectory.dir("generated/uniffi").get().asFile
    val hostLib = if (org.gradle.internal.os.OperatingSystem.current().isMacOsX) "librelais_ffi.dylib" else "librelais_ffi.so"
    workingDir = workspace
    outputs.dir(out)
    inputs.dir(File(workspace, "bindings/src"))
    inputs.dir(File(workspace, "core/src"))
    commandLine(
        "sh", "-c",
        "cargo build -p relais-ffi && cargo run --bin uniffi-bindgen -- generate " +
            "--library target/debug/$hostLib --language kotlin --out-dir ${out.absolutePath}",
    )
}
