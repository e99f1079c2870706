// Relais Android: a thin Jetpack Compose shell over the Rust core (UniFFI bindings).
// Build on a machine with the Android SDK, the NDK, Rust and cargo-ndk:
//   rustup target add aarch64-linux-android armv7-linux-androideabi x86_64-linux-android
//   cargo install cargo-ndk
//   ./gradlew :app:assembleDebug        (from android/)
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}
dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}
rootProject.name = "Relais"
include(":shared", ":app")
