/** The platform's one name: the web's header and hero, browser titles, the API document, email senders and subjects. */
export const PLATFORM_NAME = '长治高新区双创综合服务平台';
