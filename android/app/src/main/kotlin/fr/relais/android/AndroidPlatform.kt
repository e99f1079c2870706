package fr.relais.android

import android.Manifest
import android.app.Activity
import android.app.NotificationChannel
import android.app.NotificationManager
import android.content.ActivityNotFoundException
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.net.Uri
import android.os.Build
import android.speech.tts.TextToSpeech
import androidx.core.app.NotificationCompat
import androidx.core.app.NotificationManagerCompat
import androidx.core.content.FileProvider
import fr.relais.app.Platform
import java.util.Locale

/**
 * What the platform does for the core: the one place where the app touches Android (intents,
 * the share sheet, the voice, notifications, WorkManager). It decides nothing about the person.
 */
class AndroidPlatform(private val context: Context) : Platform {
    private var voice: TextToSpeech? = null

    override fun dial(uri: String) = start(Intent(Intent.ACTION_DIAL, Uri.parse(uri)))

    override fun sendSms(uri: String, to: String, body: String) = start(Intent(Intent.ACTION_SENDTO, Uri.parse(uri)))

    override fun openMap(uri: String) = start(Intent(Intent.ACTION_VIEW, Uri.parse(uri)))

    override fun share(fileName: String, mimeType: String, content: String) {
        // In the app's cache: shared through a content URI, never a world-readable file.
        val dir = context.cacheDir.resolve("shared").apply { mkdirs() }
        val file = dir.resolve(fileName).apply { writeText(content) }
        val uri = FileProvider.getUriForFile(context, "${context.packageName}.files", file)
        val send = Intent(Intent.ACTION_SEND).setType(mimeType).putExtra(Intent.EXTRA_STREAM, uri)
            .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
        start(Intent.createChooser(send, null))
    }

    override fun speak(text: String, language: String) {
        val tts = voice
        if (tts != null) {
            tts.language = Locale.forLanguageTag(language)
            tts.speak(text, TextToSpeech.QUEUE_FLUSH, null, "relais")
            return
        }
        voice = TextToSpeech(context) { status ->
            if (status == TextToSpeech.SUCCESS) speak(text, language)
        }
    }

    override fun notify(id: String, atEpochSeconds: Long, title: String, body: String) =
        NotifyWorker.schedule(context, id, atEpochSeconds, title, body)

    override fun scheduleSync(inSeconds: Long) = SyncWorker.schedule(context, inSeconds, networkReturned = false)

    private fun start(intent: Intent) {
        val activity = foreground
        try {
            if (activity != null) activity.startActivity(intent)
            else context.startActivity(intent.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK))
        } catch (_: ActivityNotFoundException) {
            // No dialler or SMS app (a tablet): the number stays on screen, large, for another phone.
        }
    }

    companion object {
        @Volatile var foreground: Activity? = null
        private const val CHANNEL = "relais"

        /** A neutral notification: the core chose the words; nothing on a lock screen says more. */
        fun showNotification(context: Context, id: String, title: String, body: String) {
            if (Build.VERSION.SDK_INT >= 33 &&
                context.checkSelfPermission(Manifest.permission.POST_NOTIFICATIONS) != PackageManager.PERMISSION_GRANTED
            ) {
                return
            }
            val manager = context.getSystemService(NotificationManager::class.java)
            if (Build.VERSION.SDK_INT >= 26) {
                manager.createNotificationChannel(NotificationChannel(CHANNEL, title, NotificationManager.IMPORTANCE_DEFAULT))
            }
            val notification = NotificationCompat.Builder(context, CHANNEL)
                .setSmallIcon(android.R.drawable.ic_dialog_info)
                .setContentTitle(title)
                .setContentText(body)
                .setVisibility(NotificationCompat.VISIBILITY_PRIVATE)
                .setAutoCancel(true)
                .build()
            NotificationManagerCompat.from(context).notify(id.hashCode(), notification)
        }
    }
}
