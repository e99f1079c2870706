package fr.relais.android

import android.os.Bundle
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.lifecycle.AndroidViewModel
import androidx.lifecycle.viewModelScope
import fr.relais.app.HttpUrlConnectionClient
import fr.relais.app.Shell
import fr.relais.core.AppConfig
import fr.relais.core.CrisisBar
import fr.relais.core.Event
import fr.relais.core.Relais
import fr.relais.core.RelaisException
import fr.relais.core.Tap
import fr.relais.core.crisisLines
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.launch
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import java.util.Locale

/** Build settings of the app. */
object AppInfo {
    const val DEMO = true

    /** Where the signed directory is refreshed from; none in the demo build. */
    val DIRECTORY_URL: String? = null
}

/** The one core of the process: the activity and the background worker share it. */
object Core {
    private val lock = Mutex()
    private var opened: Relais? = null

    suspend fun get(app: android.app.Application): Relais = lock.withLock {
        opened ?: Relais.open(
            AppConfig(
                dataDir = app.noBackupFilesDir.resolve("relais").absolutePath,
                directoryBundle = null,
                directoryUrl = AppInfo.DIRECTORY_URL,
                demo = AppInfo.DEMO,
                language = Locale.getDefault().toLanguageTag(),
            ),
            HttpUrlConnectionClient(),
        ).also { opened = it }
    }
}

/**
 * Opens the core off the main thread (`Relais.open` suspends) and holds the shell. Until the
 * store is open, and if it cannot open, the crisis lines show: they need nothing.
 */
class RelaisViewModel(app: android.app.Application) : AndroidViewModel(app) {
    val crisis: CrisisBar = crisisLines(Locale.getDefault().toLanguageTag())
    val shell = MutableStateFlow<Shell?>(null)
    val openProblem = MutableStateFlow<String?>(null)
    val platform = AndroidPlatform(app)

    init {
        viewModelScope.launch {
            try {
                val s = Shell(Core.get(app), platform)
                shell.value = s
                s.send(Event.Start)
            } catch (e: RelaisException) {
                openProblem.value = e.reason
            }
        }
    }

    /** A tap: sent to the core, or performed, in the view model's scope. */
    fun tap(tap: Tap) {
        val s = shell.value ?: return
        viewModelScope.launch { s.tap(tap) }
    }

    fun send(event: Event) {
        val s = shell.value ?: return
        viewModelScope.launch { s.send(event) }
    }
}

/** The core's sentence for the person. */
val RelaisException.reason: String
    get() = when (this) {
        is RelaisException.InvalidInput -> reason
        is RelaisException.NotFound -> reason
        is RelaisException.Storage -> reason
        is RelaisException.Internal -> reason
    }

class MainActivity : ComponentActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        setContent { RelaisApp() }
    }

    override fun onStart() {
        super.onStart()
        // The platform needs an activity for the dialler, Messages and the share sheet.
        AndroidPlatform.foreground = this
    }

    override fun onStop() {
        AndroidPlatform.foreground = null
        SyncWorker.schedule(this, 15 * 60, networkReturned = false)
        super.onStop()
    }
}
