package fr.relais.app

import fr.relais.core.Effect
import fr.relais.core.Event
import fr.relais.core.RelaisInterface
import fr.relais.core.Tap
import fr.relais.core.Update
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock

/**
 * What the platform does for the core. Android implements it with intents, TextToSpeech,
 * notifications and WorkManager (app/AndroidPlatform.kt); the JVM tests record it. This is the
 * one place where the app touches the system: permissions and intents live behind it.
 */
interface Platform {
    fun dial(uri: String)
    fun sendSms(uri: String, to: String, body: String)
    fun openMap(uri: String)
    fun share(fileName: String, mimeType: String, content: String)
    fun speak(text: String, language: String)
    fun notify(id: String, atEpochSeconds: Long, title: String, body: String)
    fun scheduleSync(inSeconds: Long)
}

/**
 * The shell: it sends what the person did to the core, one event at a time, keeps the screen
 * the core answered, and performs the effects it was given. It has no rule of its own: which
 * screen comes next, what a button does, which text to show are all the core's.
 */
class Shell(private val core: RelaisInterface, private val platform: Platform) {
    private val current = MutableStateFlow<Update?>(null)

    /** The screen to draw, once the first event was answered. */
    val update: StateFlow<Update?> = current
    private val events = Mutex()

    suspend fun send(event: Event) {
        val next = events.withLock { core.dispatch(event) }
        current.value = next
        next.effects.forEach { perform(it) }
    }

    /** A button, a choice, a line of the crisis bar. */
    suspend fun tap(tap: Tap) =
        when (tap) {
            is Tap.Send -> send(tap.event)
            is Tap.Perform -> perform(tap.effect)
        }

    suspend fun perform(effect: Effect) {
        when (effect) {
            is Effect.Dial -> platform.dial(effect.uri)
            is Effect.SendSms -> platform.sendSms(effect.uri, effect.to, effect.body)
            is Effect.OpenMap -> platform.openMap(effect.uri)
            is Effect.Share -> platform.share(effect.fileName, effect.mimeType, effect.content)
            is Effect.Speak -> platform.speak(effect.text, effect.language)
            is Effect.Notify -> platform.notify(effect.id, effect.atEpochSeconds, effect.title, effect.body)
            is Effect.ScheduleSync -> platform.scheduleSync(effect.inSeconds.toLong())
            is Effect.Sync -> {
                val outcome = core.syncNow()
                outcome.effects.forEach { perform(it) }
                send(Event.Refresh)
            }
        }
    }
}

/**
 * The round a background scheduler runs (WorkManager on Android): the core syncs within the
 * budget, and the platform performs what it says (notifications, the next run).
 */
suspend fun backgroundSync(core: RelaisInterface, platform: Platform, budgetSeconds: UInt, networkReturned: Boolean) {
    val outcome = core.syncInBackground(budgetSeconds, networkReturned)
    outcome.effects.forEach { effect ->
        when (effect) {
            is Effect.Notify -> platform.notify(effect.id, effect.atEpochSeconds, effect.title, effect.body)
            is Effect.ScheduleSync -> platform.scheduleSync(effect.inSeconds.toLong())
            // A background run has no screen: nothing else is performed from it.
            else -> {}
        }
    }
}

/** A phone number read digit by digit by TalkBack / VoiceOver ("0 1, 9 9…"). */
fun spokenDigits(phone: String): String =
    phone.filter { it.isDigit() }.chunked(2).joinToString(", ") { it.toList().joinToString(" ") }
