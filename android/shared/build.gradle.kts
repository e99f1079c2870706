// Pure Kotlin: the shell (events to the core, effects to the platform) and the platform HTTP
// client, with no Android dependency. The same sources are
// compiled and tested on the JVM by scripts/kotlin-tests.sh in CI.
plugins {
    id("org.jetbrains.kotlin.jvm")
}

kotlin {
    jvmToolchain(17)
    sourceSets["main"].kotlin.srcDir(rootProject.layout.buildDirectory.dir("generated/uniffi"))
}

tasks.named("compileKotlin") { dependsOn(rootProject.tasks.named("generateBindings")) }

dependencies {
    // The app ships JNA as an Android AAR; plain JVM consumers bring the jar.
    compileOnly("net.java.dev.jna:jna:5.15.0")
    api("org.jetbrains.kotlinx:kotlinx-coroutines-core:1.9.0")
    testImplementation("net.java.dev.jna:jna:5.15.0")
    testImplementation("org.junit.jupiter:junit-jupiter:5.11.3")
}

tasks.test {
    useJUnitPlatform()
    systemProperty("jna.library.path", File(rootDir.parentFile, "target/debug").absolutePath)
}
