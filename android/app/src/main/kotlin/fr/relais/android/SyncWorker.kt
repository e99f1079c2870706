package fr.relais.android

import android.content.Context
import androidx.work.Constraints
import androidx.work.CoroutineWorker
import androidx.work.ExistingWorkPolicy
import androidx.work.NetworkType
import androidx.work.OneTimeWorkRequestBuilder
import androidx.work.WorkManager
import androidx.work.WorkerParameters
import androidx.work.workDataOf
import fr.relais.app.backgroundSync
import java.util.concurrent.TimeUnit

/**
 * The background sync (WorkManager): runs when there is a network, within the time the
 * system gives; the core sends what waits, reads what changed and says what to notify and
 * when to run again.
 */
class SyncWorker(context: Context, params: WorkerParameters) : CoroutineWorker(context, params) {
    override suspend fun doWork(): Result {
        val app = applicationContext as android.app.Application
        backgroundSync(Core.get(app), AndroidPlatform(app), budgetSeconds = 25u, inputData.getBoolean(NETWORK_RETURNED, true))
        return Result.success()
    }

    companion object {
        private const val NAME = "relais-sync"
        private const val NETWORK_RETURNED = "network_returned"

        /** The next run, when there is a network; a newer schedule replaces an older one. */
        fun schedule(context: Context, inSeconds: Long, networkReturned: Boolean) {
            val request = OneTimeWorkRequestBuilder<SyncWorker>()
                .setConstraints(Constraints.Builder().setRequiredNetworkType(NetworkType.CONNECTED).build())
                .setInitialDelay(inSeconds.coerceAtLeast(0), TimeUnit.SECONDS)
                .setInputData(workDataOf(NETWORK_RETURNED to networkReturned))
                .build()
            WorkManager.getInstance(context).enqueueUniqueWork(NAME, ExistingWorkPolicy.REPLACE, request)
        }
    }
}

/**
 * A notification at its moment (a reminder the day before an appointment): WorkManager keeps
 * it across restarts; a newer one with the same id replaces it.
 */
class NotifyWorker(context: Context, params: WorkerParameters) : CoroutineWorker(context, params) {
    override suspend fun doWork(): Result {
        val d = inputData
        AndroidPlatform.showNotification(applicationContext, d.getString(ID) ?: return Result.success(), d.getString(TITLE) ?: "", d.getString(BODY) ?: "")
        return Result.success()
    }

    companion object {
        private const val ID = "id"
        private const val TITLE = "title"
        private const val BODY = "body"

        fun schedule(context: Context, id: String, atEpochSeconds: Long, title: String, body: String) {
            val delay = (atEpochSeconds - System.currentTimeMillis() / 1000).coerceAtLeast(0)
            val request = OneTimeWorkRequestBuilder<NotifyWorker>()
                .setInitialDelay(delay, TimeUnit.SECONDS)
                .setInputData(workDataOf(ID to id, TITLE to title, BODY to body))
                .build()
            WorkManager.getInstance(context).enqueueUniqueWork("notify:$id", ExistingWorkPolicy.REPLACE, request)
        }
    }
}

