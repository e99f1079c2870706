import AVFoundation
import BackgroundTasks
import RelaisFFI
import UIKit
import UserNotifications

/// What the platform does for the core: the one place where the app touches the system
/// (the dialler, Messages, Maps, the share sheet, the voice, notifications, background runs).
@MainActor
final class IOSPlatform {
    private let voice = AVSpeechSynthesizer()

    func perform(_ effect: Effect) {
        switch effect {
        case .dial(let uri), .openMap(let uri):
            open(uri)
        case .sendSms(let uri, _, _):
            open(uri)
        case .share(let fileName, _, let content):
            share(fileName: fileName, content: content)
        case .speak(let text, let language):
            voice.stopSpeaking(at: .immediate)
            let utterance = AVSpeechUtterance(string: text)
            utterance.voice = AVSpeechSynthesisVoice(language: language)
            voice.speak(utterance)
        case .notify(let id, let at, let title, let body):
            Self.notify(id: id, at: at, title: title, body: body)
        case .scheduleSync(let seconds):
            BackgroundSync.shared.schedule(in: TimeInterval(seconds))
        case .sync:
            break // the shell runs it: it needs the core
        }
    }

    private func open(_ uri: String) {
        guard let url = URL(string: uri) else { return }
        UIApplication.shared.open(url)
    }

    private func share(fileName: String, content: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(fileName)
        guard (try? content.write(to: file, atomically: true, encoding: .utf8)) != nil,
              let root = UIApplication.shared.connectedScenes
                .compactMap({ ($0 as? UIWindowScene)?.keyWindow?.rootViewController }).first
        else { return }
        root.present(UIActivityViewController(activityItems: [file], applicationActivities: nil), animated: true)
    }

    /// A neutral notification (the core chose the words), asked for permission the first time.
    nonisolated static func notify(id: String, at: Int64, title: String, body: String) {
        let center = UNUserNotificationCenter.current()
        center.requestAuthorization(options: [.alert, .sound]) { granted, _ in
            guard granted else { return }
            let content = UNMutableNotificationContent()
            content.title = title
            content.body = body
            let delay = max(1, TimeInterval(at) - Date().timeIntervalSince1970)
            let trigger = UNTimeIntervalNotificationTrigger(timeInterval: delay, repeats: false)
            center.add(UNNotificationRequest(identifier: id, content: content, trigger: trigger))
        }
    }
}

/// The background sync (BGTaskScheduler): the core syncs within the time the system gives,
/// and says what to notify and when to run again. Cancelled cleanly when the time runs out.
final class BackgroundSync: @unchecked Sendable {
    static let shared = BackgroundSync()
    static let identifier = "fr.relais.sync"
    var core: Relais?

    func register() {
        BGTaskScheduler.shared.register(forTaskWithIdentifier: Self.identifier, using: nil) { task in
            self.run(task as? BGAppRefreshTask)
        }
    }

    func schedule(in seconds: TimeInterval) {
        let request = BGAppRefreshTaskRequest(identifier: Self.identifier)
        request.earliestBeginDate = Date(timeIntervalSinceNow: max(60, seconds))
        try? BGTaskScheduler.shared.submit(request)
    }

    private func run(_ task: BGAppRefreshTask?) {
        guard let task, let core else { task?.setTaskCompleted(success: false); return }
        let sync = core.startSync(budgetSeconds: 25)
        task.expirationHandler = { sync.cancel() }
        Task {
            let outcome = await sync.outcome()
            for effect in outcome.effects {
                switch effect {
                case .notify(let id, let at, let title, let body):
                    IOSPlatform.notify(id: id, at: at, title: title, body: body)
                case .scheduleSync(let seconds):
                    self.schedule(in: TimeInterval(seconds))
                default:
                    break // no screen in the background
                }
            }
            task.setTaskCompleted(success: !outcome.interrupted)
        }
    }
}
