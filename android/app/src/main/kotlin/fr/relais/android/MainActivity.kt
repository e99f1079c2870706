package fr.relais.android

import android.content.ActivityNotFoundException
import android.content.Intent
import android.net.Uri
import android.os.Bundle
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.lifecycle.ViewModel
import androidx.lifecycle.viewModelScope
import fr.relais.app.AppState
import fr.relais.app.reason
import fr.relais.core.Action
import fr.relais.core.ActionKind
import fr.relais.core.AppConfig
import fr.relais.core.Relais
import fr.relais.core.RelaisException
import fr.relais.core.crisisLines
import kotlinx.coroutines.launch
import java.util.Locale

/**
 * Holds the core for the app's lifetime; every call goes through the shared AppState. The
 * store opens off the main thread (`Relais.open` suspends); until then, and if it cannot open,
 * the app shows the crisis lines, which need nothing, and the core's reason.
 */
class RelaisViewModel(app: android.app.Application) : androidx.lifecycle.AndroidViewModel(app) {
    private val language = Locale.getDefault().toLanguageTag()
    val crisis = crisisLines(language)
    private var core: Relais? = null
    val state = kotlinx.coroutines.flow.MutableStateFlow<AppState?>(null)
    val openProblem = kotlinx.coroutines.flow.MutableStateFlow<String?>(null)

    init {
        viewModelScope.launch {
            try {
                val opened = Relais.open(
                    AppConfig(
                        dataDir = app.noBackupFilesDir.resolve("relais").absolutePath,
                        directoryBundle = null,
                        directoryUrl = BuildConfigDemo.DIRECTORY_URL,
                        demo = BuildConfigDemo.DEMO,
                        language = language,
                    ),
                )
                core = opened
                state.value = AppState(opened)
            } catch (e: RelaisException) {
                openProblem.value = e.reason()
            }
        }
    }

    /** Runs a core call that suspends (disk work happens off the main thread in the core). */
    fun launch(block: suspend AppState.() -> Unit) {
        val s = state.value ?: return
        viewModelScope.launch { s.block() }
    }

    override fun onCleared() {
        core?.close()
    }
}

/** Demo directory until a real bundle is downloaded. */
object BuildConfigDemo {
    const val DEMO = true

    /** Where the signed directory is refreshed from; none in the demo build. */
    val DIRECTORY_URL: String? = null
}

class MainActivity : ComponentActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContent { RelaisApp(onExternal = ::openExternal) }
    }

    /** Calls open the dialler (ACTION_DIAL: the person presses call), SMS the SMS app. */
    private fun openExternal(action: Action) {
        val uri = Uri.parse(action.target ?: return)
        val intent = when (action.kind) {
            ActionKind.CALL -> Intent(Intent.ACTION_DIAL, uri)
            ActionKind.SMS -> Intent(Intent.ACTION_SENDTO, uri)
            else -> Intent(Intent.ACTION_VIEW, uri)
        }
        try {
            startActivity(intent)
        } catch (_: ActivityNotFoundException) {
            // No dialler (a tablet): the number stays on screen, large, for another phone.
        }
    }
}
