package fr.relais.app

import fr.relais.core.Action
import fr.relais.core.ActionKind
import fr.relais.core.ConsentScreen
import fr.relais.core.CrisisBar
import fr.relais.core.FormInput
import fr.relais.core.FormScreen
import fr.relais.core.HomeScreen
import fr.relais.core.OrientationScreen
import fr.relais.core.ReferralInput
import fr.relais.core.RelaisException
import fr.relais.core.RelaisInterface
import fr.relais.core.RequestStatusScreen
import fr.relais.core.SettingsScreen
import fr.relais.core.SituationInput
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow

/** What the app shows now. Every text in it comes from the core; the UI only draws it. */
sealed interface Screen {
    /** The crisis lines, present on every screen. */
    val crisis: CrisisBar

    data class Home(val model: HomeScreen) : Screen {
        override val crisis get() = model.crisis
    }

    data class Orientation(val model: OrientationScreen) : Screen {
        override val crisis get() = model.crisis
    }

    data class Form(val model: FormScreen, val input: FormInput) : Screen {
        override val crisis get() = model.crisis
    }

    data class Status(val model: RequestStatusScreen) : Screen {
        override val crisis get() = model.crisis
    }

    data class Settings(val model: SettingsScreen) : Screen {
        override val crisis get() = model.crisis
    }

    data class Consent(val model: ConsentScreen, val referral: ReferralInput) : Screen {
        override val crisis get() = model.crisis
    }

    /** Something went wrong: the core's sentence says what to do and whom to call. */
    data class Problem(val message: String, override val crisis: CrisisBar) : Screen
}

/**
 * The app's one state holder. It calls the core and keeps the screen to show; it holds no
 * rule of its own. Android's ViewModel and the iOS app wrap the same calls.
 */
class AppState(private val core: RelaisInterface) {
    private val current = MutableStateFlow<Screen>(Screen.Home(core.home()))
    val screen: StateFlow<Screen> = current

    /** The situation of the last orientation, used to address the request. */
    var situation: SituationInput? = null
        private set

    fun home() {
        current.value = Screen.Home(core.home())
    }

    fun orient(s: SituationInput) {
        situation = s
        current.value = Screen.Orientation(core.orient(s))
    }

    fun edit(input: FormInput) {
        current.value = Screen.Form(core.checkForm(input), input)
    }

    /** Checks the form, then saves and queues the request (offline is fine). */
    suspend fun submit(input: FormInput) {
        val check = core.checkForm(input)
        if (!check.valid) {
            current.value = Screen.Form(check, input)
            return
        }
        val s = situation ?: SituationInput(input.age ?: fr.relais.core.AgeBandInput.UNKNOWN, input.place, input.languages, input.interpreterNeeded)
        current.value = guarded { Screen.Status(core.submitRequest(input, s)) }
    }

    suspend fun open(requestId: String) {
        current.value = guarded { Screen.Status(core.requestStatus(requestId)) }
    }

    suspend fun withdraw(requestId: String) {
        current.value = guarded { Screen.Status(core.withdraw(requestId)) }
    }

    fun settings() {
        current.value = Screen.Settings(core.settings())
    }

    suspend fun language(code: String) {
        current.value = guarded { Screen.Settings(core.setLanguage(code)) }
    }

    suspend fun eraseEverything() {
        current.value = guarded {
            core.eraseEverything()
            Screen.Home(core.home())
        }
    }

    /** Records the person's yes or no to a referral, then goes home. */
    suspend fun answerConsent(referral: ReferralInput, accept: Boolean) {
        current.value = guarded {
            core.answerConsent(referral, accept)
            Screen.Home(core.home())
        }
    }

    fun consent(referral: ReferralInput) {
        current.value = try {
            Screen.Consent(core.consentScreen(referral), referral)
        } catch (e: RelaisException) {
            Screen.Problem(e.reason(), core.crisisBar())
        }
    }

    private inline fun guarded(block: () -> Screen): Screen =
        try {
            block()
        } catch (e: RelaisException) {
            Screen.Problem(e.reason(), core.crisisBar())
        }
}

/** The sentence the core wrote for the person. */
fun RelaisException.reason(): String =
    when (this) {
        is RelaisException.InvalidInput -> reason
        is RelaisException.NotFound -> reason
        is RelaisException.Storage -> reason
        is RelaisException.Internal -> reason
    }

/** Actions that leave the app (the dialler, the SMS app, the map). */
fun Action.isExternal(): Boolean = kind == ActionKind.CALL || kind == ActionKind.SMS || kind == ActionKind.OPEN_MAP

/** A phone number read digit by digit by TalkBack / VoiceOver ("0 1, 9 9…"). */
fun spokenDigits(phone: String): String =
    phone.filter { it.isDigit() }.chunked(2).joinToString(", ") { it.toList().joinToString(" ") }
